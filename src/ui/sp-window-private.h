/* sp-window-private.h — what the window's source files share
 *
 * One class, several files (as GNOME Text Editor splits its window):
 *   sp-window.c          class, init and dispose, the view (apply, change,
 *                        undo glue), selection, filters and undoable edits
 *   sp-window-actions.c  the action handlers and their enabled states
 *   sp-window-jobs.c     loading, layout, measures and saving in workers,
 *                        the progress bar and cancel, unsaved changes
 *   sp-window-slides.c   saved views and presentation mode
 *   sp-window-search.c   the search bar
 *   sp-window-dnd.c      files dropped on the window, recent files
 *   sp-window-insights.c talent, openness, views and the client panel
 *   sp-window-whatif.c   people taken out or moved
 *   sp-window-strategy.c the strategy fit and the before/after comparison
 *
 * Every wing keeps its state in a field of SpWindow (zeroed with the
 * instance, so no wing depends on another being set up first) and reads
 * the window's widgets from the fields below.
 */
#pragma once

#include "sp-window.h"
#include "sp-insight-panel.h"
#include "sp-client-panel.h"
#include "sp-whatif-panel.h"
#include "sp-strategy-panel.h"
#include "sp-people-table.h"

G_BEGIN_DECLS

typedef enum {
  JOB_LOAD,
  JOB_LAYOUT,
  JOB_ANALYSIS,
  JOB_SAVE,
  N_JOBS
} SpWindowJobKind;

/* What to do once the unsaved changes are saved or discarded. */
typedef enum {
  AFTER_NOTHING,
  AFTER_CLOSE,
  AFTER_OPEN,
  AFTER_IMPORT,        /* the import dialog, then open */
  AFTER_EDIT_COLUMNS,  /* the import dialog for the open data set */
} SpWindowAfter;

typedef struct {
  GCancellable *cancellable;
  gint          permille;   /* fraction × 1000, −1 pulsing; written from
                             * workers, read by a timeout: atomic */
  gboolean      running;
} SpWindowJob;

/* sp-window-insights.c */
typedef struct {
  SpNetwork  *placed;           /* clients moved onto the ring of this network … */
  GArray     *positions;        /* … from these (ClientPosition) */
  SpNetwork  *panel_network;    /* what the panels show */
  char       *panel_ties;
  SpInsights *shown_insights;   /* the highlight on the canvas came from these … */
  char       *shown_highlight;  /* … for this list */
  gboolean    shown_valid;
  gboolean    revealed_before_presenting;
} SpWindowInsights;

/* sp-window-whatif.c */
typedef struct {
  GStrv          removed;     /* ids, sorted; NULL: nobody */
  GStrv          move_ids;    /* ids moved, sorted; NULL: nobody */
  GStrv          move_depts;  /* … and where to, alongside */
  SpNetwork     *network;     /* the one @removed belongs to (borrowed) */
  GCancellable  *cancellable;
  gboolean       busy;
} SpWindowWhatif;

/* sp-window-strategy.c */
typedef struct _SpWindowComparison SpWindowComparison;
typedef struct {
  SpNetwork          *network;      /* the one the comparison belongs to (borrowed) */
  GCancellable       *fit_cancellable;
  GCancellable       *compare_cancellable;
  GArray             *results;      /* SpFitResult, or NULL */
  SpWindowComparison *comparison;   /* NULL: none */
  gboolean            fit_busy;
  gboolean            compare_busy;
  gboolean            caption_shown; /* the comparison's caption is the canvas's */
} SpWindowStrategy;

/* sp-window-search.c */
typedef struct {
  GtkWidget         *popover;   /* the people found, under the entry (its child) */
  GtkListBox        *list;
  GtkScrolledWindow *scroller;
  GtkLabel          *more;      /* "and N more" */
  /* every label folded once (sp_text_fold), not at each keystroke: */
  SpNetwork         *folded_network;  /* a reference */
  GPtrArray         *folded;          /* char *, per node … */
  GPtrArray         *folded_from;     /* … and the (interned) label it was made from */
} SpWindowSearch;

struct _SpWindow {
  AdwApplicationWindow parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkRevealer         *header_revealer;
  AdwWindowTitle      *window_title;
  GtkRevealer         *state_revealer;     /* the state bar over the canvas */
  GtkLabel            *state_label;
  GtkWidget           *state_show_all;
  GtkWidget           *state_whatif_reset;
  GtkWidget           *state_compare_end;
  GtkWidget           *network_buttons;
  GtkWidget           *undo_box;
  GtkWidget           *filter_box;
  GtkWidget           *filter_entry;    /* in filter_box; rebuilt with it */
  GtkWidget           *filter_message;  /* under it: what is wrong, or what it leaves */
  GtkToggleButton     *search_button;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkLabel            *search_status;
  GtkStack            *stack;
  GtkWidget           *recent_label;
  GtkListBox          *recent_list;
  GtkSpinner          *loading_spinner;
  GtkLabel            *loading_label;
  AdwFlap             *flap;
  GtkStack            *canvas_stack;    /* the canvas, or the people table */
  SpCanvas            *canvas;
  SpPeopleTable       *people_table;
  SpLegendCard        *legend_card;
  GtkWidget           *zoom_box;
  GtkRevealer         *progress_revealer;
  GtkLabel            *progress_label;
  GtkProgressBar      *progress_bar;
  GtkRevealer         *caption_revealer;
  GtkLabel            *caption_label;
  GtkStack            *panel_stack;     /* the side panel's pages */
  SpPersonPanel       *person_panel;
  SpWhatIfPanel       *whatif_panel;
  SpStrategyPanel     *strategy_panel;
  AdwFlap             *insight_flap;
  GtkStack            *sidebar_stack;
  SpInsightPanel      *insight_panel;
  SpClientPanel       *client_panel;
  GtkWidget           *view_switcher;
  GMenu               *color_section;
  GMenu               *size_section;
  GMenu               *group_section;   /* the view menu's "Groups": by attribute */

  /* borrowed */
  GtkWidget           *export_dialog;     /* weak pointer; destroyed in dispose */
  GtkWidget           *unsaved_dialog;    /* while the question is asked */
  GtkWidget           *import_dialog;     /* weak pointer; destroyed in dispose */

  /* owned */
  GSettings           *settings;
  SpNetwork           *network;
  GFile               *file;
  SpViewState         *view;
  GPtrArray           *slides;          /* SpViewState * */
  SpHistory           *history;
  SpMetrics           *metrics;
  SpMeasures          *measures;        /* the one results cache of this
                                         * state of the data, shared with
                                         * the canvas */
  GArray              *search_matches;  /* guint */
  SpWindowJob          jobs[N_JOBS];
  guint                progress_source;
  gint                 slide_index;
  gboolean             presenting;
  gboolean             syncing_filters;
  gboolean             unrecorded_changes; /* changes outside the history (slides) */
  guint                n_tie_pairs;        /* sp_network_n_tie_pairs, for the title */
  gboolean             panel_before_presenting; /* the side panel was open */
  gboolean             title_narrow;       /* the subtitle says the people alone */
  guint                title_idle;         /* source updating the title */
  char                *export_caption;     /* the state line and the sentences, for exports */
  SpWindowAfter        after;              /* pending behind the unsaved-changes question */
  GFile               *open_after;
  gboolean             close_confirmed;

  /* owned by the wings */
  SpWindowInsights     insights;
  SpWindowWhatif       whatif;
  SpWindowStrategy     strategy;
  SpWindowSearch       search;
};

/* sp-window.c */
void         sp_window_toast            (SpWindow          *self,
                                         const char        *message);
/* sp-window-jobs.c: the notes of the data set's reading, in a dialog */
void         sp_window_show_import_notes (SpWindow         *self);
/* The import dialog for the open data set, even when every column is
 * recognised. */
void         sp_window_edit_columns     (SpWindow          *self);
/* Enables or disables the window action @name (if it exists). */
void         sp_window_set_action_enabled (SpWindow        *self,
                                           const char      *name,
                                           gboolean         enabled);
/* Sets the state of the stateful action @name (sinks @state). */
void         sp_window_set_action_state (SpWindow          *self,
                                         const char        *name,
                                         GVariant          *state);
/* FALSE (loaded or saved) marks the history clean; TRUE does nothing. */
void         sp_window_set_dirty        (SpWindow          *self,
                                         gboolean           dirty);
/* Copies the canvas's zoom and pan into the view. */
void         sp_window_sync_view_from_canvas (SpWindow     *self);
void         sp_window_update_style     (SpWindow          *self);
/* Shows @view (without recording it). */
void         sp_window_apply_view       (SpWindow          *self,
                                         const SpViewState *view,
                                         gboolean           with_transform);
/* A copy of the current view (zoom and pan taken from the canvas). */
SpViewState *sp_window_copy_view        (SpWindow          *self);
/* Makes @next the view, recorded for undo under @label.  Takes @next. */
void         sp_window_change_view      (SpWindow          *self,
                                         const char        *label,
                                         SpViewState       *next);
void         sp_window_show_selected    (SpWindow          *self);
/* Shows the people table instead of the canvas, or the canvas again. */
void         sp_window_show_people_table (SpWindow         *self,
                                          gboolean          shown);
/* Selects @node (-1: nobody); @center brings them into sight. */
void         sp_window_select_node      (SpWindow          *self,
                                         gint               node,
                                         gboolean           center);
/* Selects @node and goes to them: shown (everybody is, if a filter hid
 * them), in the middle, zoomed in to them and their contacts. */
void         sp_window_go_to_node       (SpWindow          *self,
                                         guint              node);
void         sp_window_toggle_department (SpWindow         *self,
                                          const char       *department);
void         sp_window_toggle_tie_type  (SpWindow          *self,
                                         const char        *type);
/* Gives the canvas the view's visibility (again, when the measures a
 * filter reads have arrived). */
void         sp_window_refresh_visibility (SpWindow        *self);
void         sp_window_update_title     (SpWindow          *self);
/* The state bar over the canvas (sp_state_describe), after a change of
 * the view, the what-if or the comparison. */
void         sp_window_update_state     (SpWindow          *self);
/* Shows @network (NULL @view, @slides: the defaults). */
void         sp_window_set_network      (SpWindow          *self,
                                         SpNetwork         *network,
                                         GFile             *file,
                                         SpViewState       *view,
                                         GPtrArray         *slides);

/* sp-window-actions.c; each *_class_init installs its file's class
 * actions (win.*) from sp_window_class_init */
void         sp_window_actions_class_init (GtkWidgetClass  *widget_class);
void         sp_window_actions_init     (SpWindow          *self);
/* The actions' enabled states, after anything they depend on changed. */
void         sp_window_update_actions   (SpWindow          *self);
void         sp_window_show_save_dialog (SpWindow          *self);
/* Writes the people table's rows as shown to @file as CSV, atomically;
 * refuses a file the data set was read from. */
gboolean     sp_window_export_people_table (SpWindow       *self,
                                            GFile          *file,
                                            GError        **error);

/* sp-window-jobs.c */
gboolean     sp_window_any_job_running  (SpWindow          *self);
void         sp_window_start_layout     (SpWindow          *self,
                                         const char        *engine,
                                         gboolean           record);
/* The measures for the view's tie selection (cached per selection). */
void         sp_window_start_analysis   (SpWindow          *self);
/* Asks Save / Discard / Cancel before @after. */
void         sp_window_ask_unsaved      (SpWindow          *self,
                                         SpWindowAfter      after,
                                         GFile             *open_after);
/* Nothing waits behind the question any more. */
void         sp_window_forget_after_changes (SpWindow      *self);

/* sp-window-slides.c */
void         sp_window_go_to_slide      (SpWindow          *self,
                                         gint               index);
void         sp_window_set_presenting   (SpWindow          *self,
                                         gboolean           presenting);

/* sp-window-search.c */
void         sp_window_search_init      (SpWindow          *self);
void         sp_window_search_dispose   (SpWindow          *self);
/* How many people the list under the search entry shows (0: closed). */
guint        sp_window_search_n_listed  (SpWindow          *self);

/* sp-window-dnd.c */
void         sp_window_dnd_init         (SpWindow          *self);
void         sp_window_add_recent       (SpWindow          *self,
                                         GFile             *file);

/* sp-window-insights.c */
void         sp_window_insights_init    (SpWindow          *self);
void         sp_window_whatif_class_init (GtkWidgetClass   *widget_class);
void         sp_window_strategy_class_init (GtkWidgetClass *widget_class);
/* From sp_window_finalize: each wing frees its state. */
void         sp_window_insights_finalize (SpWindow         *self);
void         sp_window_whatif_finalize  (SpWindow          *self);
void         sp_window_strategy_finalize (SpWindow         *self);
/* After the view changed: actions' states, panels, client placement,
 * highlight. */
void         sp_window_insights_sync    (SpWindow          *self);
/* After the measures or the selection changed. */
void         sp_window_insights_update  (SpWindow          *self);
/* Copies what the canvas shows of talent, openness and views to an
 * export's @options. */
void         sp_window_insights_export_options (SpWindow              *self,
                                                const SpRenderOptions *canvas,
                                                SpRenderOptions       *options);

/* A new results cache for the data as it is now, shared with the canvas. */
void         sp_window_reset_measures   (SpWindow          *self);

G_END_DECLS
