/* sp-network.h — the data model: people, clients, ties and attributes.
 *
 * A network is built once (by an importer or a generator) and then read by
 * analysis, layout and rendering.  Strings are interned: every `const char *`
 * handed out by the network lives as long as the network and equal strings
 * share one pointer, so they may be compared with `==`.
 *
 * No GTK here.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SP_ERROR (sp_error_quark ())
GQuark sp_error_quark (void);

/* A copy of @text (valid UTF-8) for a message on a terminal: C0 controls
 * and DEL written as "\x1b", C1 controls (U+0080–U+009F) as "\u009b". */
char  *sp_error_escape_controls (const char *text);

typedef enum {
  SP_ERROR_PARSE,        /* malformed content: FILE:LINE: message */
  SP_ERROR_IO,           /* cannot read / write a file */
  SP_ERROR_INVALID,      /* well-formed but meaningless (unknown id, duplicate id, …) */
  SP_ERROR_LIMIT,        /* too large */
  SP_ERROR_UNSUPPORTED,  /* unknown format, unknown option value */
  SP_ERROR_CANCELLED,
} SpErrorCode;

/* Progress of long work: @fraction in [0, 1], or < 0 when unknown.  May be
 * called from a worker thread. */
typedef void (*SpProgressFunc) (double   fraction,
                                gpointer user_data);

typedef enum {
  SP_NODE_PERSON = 0,
  SP_NODE_CLIENT = 1,
} SpNodeKind;

typedef struct {
  const char *id;          /* interned, never NULL, unique in the network */
  const char *name;        /* interned, NULL when unknown (show the id) */
  const char *department;  /* interned, NULL when unknown */
  const char *role;        /* interned, NULL when unknown */
  const char *manager;     /* interned id of the manager, NULL when none */
  SpNodeKind  kind;
} SpNode;

typedef struct {
  guint   source;          /* node index */
  guint   target;          /* node index */
  guint   type;            /* index into the network's tie types */
  double  weight;
} SpTie;

typedef enum {
  SP_ATTR_NUMERIC,
  SP_ATTR_CATEGORICAL,
} SpAttrType;

typedef struct {
  const char *name;        /* interned */
  SpAttrType  type;
  /* one value per node, indexed like nodes; NAN (numeric) or NULL
   * (categorical, interned strings) when missing */
  double      *num;
  const char **str;
  /* a numeric attribute's scale as the user declared it (--map, the
   * import dialog, a saved file), NAN when none: see sp_attribute_scale() */
  double       scale_min;
  double       scale_max;
} SpAttribute;

typedef enum {
  SP_SCALE_DECLARED,  /* the user's */
  SP_SCALE_USUAL,     /* the smallest usual scale holding every value */
  SP_SCALE_OBSERVED,  /* none of them: the lowest to the highest value */
  SP_SCALE_NONE,      /* no values (or not numeric) */
} SpScaleKind;

typedef struct _SpNetwork SpNetwork;

struct _SpNetwork {
  /*< public, read-only outside sp-network.c >*/
  GArray     *nodes;       /* SpNode */
  GArray     *ties;        /* SpTie */
  GPtrArray  *tie_types;   /* const char * (interned); index 0 is "" (untyped) */
  GPtrArray  *attributes;  /* SpAttribute * */
  gboolean    directed;
  /* the tie type read as Cross's "access" question, set with
   * sp_network_set_access_type(); -1 until then (found by its name):
   * read it with sp_network_access_type() */
  gint        access_type;
  char       *title;       /* data set's name, for legends and exports */
  char       *source_path; /* where it was loaded from, or NULL */

  /* layout: one (x, y) per node in points, valid when has_layout */
  double     *x;
  double     *y;
  gboolean    has_layout;

  /* opaque view settings saved with the file (a GKeyFile as text, owned
   * by the UI), or NULL */
  char       *view_state;

  /* what the import noticed and the user should know (a file read as
   * Windows-1252, values counted as missing, names that match nobody):
   * char *, one sentence each, "FILE: …" */
  GPtrArray  *notes;

  /*< private >*/
  GStringChunk *strings;
  GHashTable   *interned;  /* string -> itself (in strings) */
  GHashTable   *id_index;  /* interned id -> GUINT_TO_POINTER (index + 1) */
  guint         capacity;  /* allocated length of attribute and position arrays */
  gint          ref_count;
};

SpNetwork   *sp_network_new            (void);
SpNetwork   *sp_network_ref            (SpNetwork *self);
void         sp_network_unref          (SpNetwork *self);
/* A new network with its own copy of everything in @self: nodes, ties,
 * tie types, attributes, layout, title and view settings (strings
 * interned anew).  Changing the copy leaves @self alone. */
SpNetwork   *sp_network_copy           (SpNetwork *self);

/* How many nodes of @kind miss a value of @attr, and (@n_nodes) how many
 * nodes of that kind there are. */
guint        sp_attribute_n_missing    (SpNetwork   *self,
                                        SpAttribute *attr,
                                        SpNodeKind   kind,
                                        guint       *n_nodes);
/* A copy of @self to read while @self changes (another thread measures
 * it): its own arrays, but @self's strings, the same pointers, so that
 * what compares interned strings by pointer finds them equal.  It must
 * not outlive @self, and nothing may be added to it. */
SpNetwork   *sp_network_snapshot       (SpNetwork   *self);
/* For a network read from a survey (a categorical attribute "responded",
 * "yes" or "no", as the survey reader sets it): how many people answered
 * (@responded) of how many were asked (@asked).  FALSE when @self holds
 * no such attribute. */
gboolean     sp_network_response_rate  (SpNetwork   *self,
                                        guint       *responded,
                                        guint       *asked);
/* The sentence a drawing of a survey network carries: the response rate
 * and, below SP_RESPONSE_RATE_TRUSTED, how far its measures can be
 * trusted; NULL when @self is no survey or everyone answered. */
#define SP_RESPONSE_RATE_TRUSTED 0.8
char        *sp_network_response_note  (SpNetwork   *self);
/* Declares the scale of a numeric attribute (@min < @max; NAN, NAN: none). */
void         sp_attribute_set_scale    (SpAttribute *attr,
                                        double       min,
                                        double       max);
/* The scale a numeric attribute's values are on: the declared one, else
 * the smallest of the usual scales 0–1, 1–5, 1–7, 1–10, 0–10, 0–100 that
 * holds every value of the persons (0–1 only with a value below 1 or a
 * fraction: a column of 1s is on 1–5), else the lowest to the highest
 * value. */
SpScaleKind  sp_attribute_scale        (SpNetwork   *self,
                                        SpAttribute *attr,
                                        double      *min,
                                        double      *max);
/* "1–5", "0–100": a scale as people write it (a new string). */
char        *sp_scale_format           (double       min,
                                        double       max);
/* Appends a note (see SpNetwork.notes). */
void         sp_network_add_note       (SpNetwork  *self,
                                        const char *format,
                                        ...) G_GNUC_PRINTF (2, 3);

/* Interns @s (NULL stays NULL). */
const char  *sp_network_intern         (SpNetwork  *self,
                                        const char *s);

/* Adds a node; returns its index, or -1 with @error set when @id is
 * already present (SP_ERROR_INVALID) or empty. */
gint         sp_network_add_node       (SpNetwork  *self,
                                        const char *id,
                                        SpNodeKind  kind,
                                        GError    **error);
/* Index of the node with @id, or -1. */
gint         sp_network_find_node      (SpNetwork  *self,
                                        const char *id);
guint        sp_network_n_nodes        (SpNetwork  *self);
SpNode      *sp_network_node           (SpNetwork  *self,
                                        guint       index);
guint        sp_network_n_persons      (SpNetwork  *self);
guint        sp_network_n_clients      (SpNetwork  *self);

/* Index of tie type @type (interned on first use; NULL or "" is 0). */
guint        sp_network_tie_type       (SpNetwork  *self,
                                        const char *type);
void         sp_network_add_tie        (SpNetwork  *self,
                                        guint       source,
                                        guint       target,
                                        guint       type,
                                        double      weight);
guint        sp_network_n_ties         (SpNetwork  *self);
/* The tie type that answers Cross's "access" question ("I need more
 * access to this person"): a tie A → B of it is A's unmet demand on B.
 * The type set with sp_network_set_access_type(), else the tie type
 * called "access" or "toegang" (in any case), else 0: none. */
guint        sp_network_access_type    (SpNetwork  *self);
/* Sets the access type (a tie type index; 0: none, even if a type is
 * called "access"). */
void         sp_network_set_access_type (SpNetwork *self,
                                         guint      type);
/* The number of pairs joined by at least one tie (of any type, in either
 * direction; ties of a node to itself not counted): what "ties" means
 * wherever a count is shown, as the drawing merges them. */
guint        sp_network_n_tie_pairs    (SpNetwork  *self);
SpTie       *sp_network_tie            (SpNetwork  *self,
                                        guint       index);

/* Attributes.  Values are stored per node; the attribute arrays grow with
 * the node array. */
SpAttribute *sp_network_ensure_attribute (SpNetwork  *self,
                                          const char *name,
                                          SpAttrType  type);
SpAttribute *sp_network_find_attribute   (SpNetwork  *self,
                                          const char *name);
void         sp_network_set_numeric      (SpNetwork  *self,
                                          SpAttribute *attr,
                                          guint       node,
                                          double      value);
void         sp_network_set_string       (SpNetwork  *self,
                                          SpAttribute *attr,
                                          guint       node,
                                          const char *value);
/* Value for display: a formatted number or the string; NULL when missing.
 * Returned string is newly allocated. */
char        *sp_network_attribute_text   (SpNetwork  *self,
                                          SpAttribute *attr,
                                          guint       node);

/* Distinct non-NULL departments of persons, sorted, interned; free the
 * array only (g_ptr_array_unref). */
GPtrArray   *sp_network_departments      (SpNetwork  *self);
/* The same for the values of the categorical attribute @attr (NULL: the
 * departments), in the same order. */
GPtrArray   *sp_network_group_values     (SpNetwork   *self,
                                          SpAttribute *attr);

/* Display label for a node: name, else id. */
const char  *sp_network_node_label       (SpNetwork  *self,
                                          guint       node);

void         sp_network_set_title        (SpNetwork  *self,
                                          const char *title);

/* Allocates (or keeps) the position arrays, filled with 0. */
void         sp_network_ensure_positions (SpNetwork  *self);

/* Approximate bytes used (for the memory report). */
gsize        sp_network_memory_size      (SpNetwork  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpNetwork, sp_network_unref)

/* A well-mixed number from a pair of nodes (@a << 32 | @b), to break ties
 * between equal weights without favouring low node numbers (the layout's
 * tie sample and the drawing's tie budget order ties alike). */
static inline guint64
sp_pair_hash (guint64 key)
{
  key ^= key >> 33;
  key *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  key ^= key >> 33;
  key *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  key ^= key >> 33;
  return key;
}

G_END_DECLS
