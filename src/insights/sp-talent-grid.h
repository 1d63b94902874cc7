/* sp-talent-grid.h — the 9-box talent grid HR teams use: performance
 * across, potential up, three levels each, and where each box's people
 * stand in the network.
 *
 * Rules (documented in the README's "Talent grid"):
 * - the attributes: the numeric ones named `performance` (or `prestatie`)
 *   and `potential` (or `potentieel`), case-insensitive, unless chosen;
 * - each attribute's scale: the declared one (--map=potentieel:numeric:1-10),
 *   else the smallest usual scale holding every person's value, else the
 *   lowest to the highest value (sp_attribute_scale());
 * - the levels: two cut points per attribute, each the value where the
 *   next level starts — low below the first (v < c₁), medium from the
 *   first up to the second (c₁ <= v < c₂), high from the second up
 *   (v >= c₂).  By default the thirds of the scale [lo, hi]:
 *   c₁ = lo + (hi − lo) / 3, c₂ = lo + 2 (hi − lo) / 3, which on 1–5
 *   (2.33, 3.67) puts 1–2 low, 3 medium, 4–5 high, on 1–10 (4, 7)
 *   1–3 low, 4–6 medium, 7–10 high;
 * - people lacking either score are not in the grid: counted and named
 *   apart (SpTalentGrid.missing);
 * - each person's network position, on the ties in use, the first rule
 *   that holds (SpNetworkPosition): isolated (no ties with colleagues);
 *   broker (betweenness at or above the 80th percentile and above 0: the
 *   quadrants' and the insight lists' "many paths run through them");
 *   peripheral (contacts at or below the 20th percentile and below the
 *   median: at the edge); closed (Burt's constraint >= 0.5: the person
 *   profile's "closed network", contacts who all know each other);
 *   connected, the rest.  Percentiles are over the people in the data;
 * - each box's network: the share of its people who are brokers, their
 *   mean constraint and the box's E-I index (Krackhardt & Stern,
 *   (E − I) / (E + I): I the ties among the box's people, E those from
 *   them to anyone else, arcs when directed).
 *
 * No GTK here.
 */
#pragma once

#include "sp-network.h"
#include "sp-metrics.h"

G_BEGIN_DECLS

typedef enum {
  SP_TALENT_LEVEL_NONE = -1,   /* no score */
  SP_TALENT_LEVEL_LOW = 0,
  SP_TALENT_LEVEL_MEDIUM,
  SP_TALENT_LEVEL_HIGH,
  SP_TALENT_N_LEVELS
} SpTalentLevel;

/* Box index: potential × 3 + performance (0 talent risk … 8 star). */
#define SP_TALENT_N_BOXES 9
#define SP_TALENT_BOX(performance, potential) ((potential) * SP_TALENT_N_LEVELS + (performance))

typedef enum {
  SP_POSITION_BROKER = 0,
  SP_POSITION_CONNECTED,
  SP_POSITION_CLOSED,
  SP_POSITION_PERIPHERAL,
  SP_POSITION_ISOLATED,
  SP_POSITION_N
} SpNetworkPosition;

typedef struct {
  SpAttribute *attribute;   /* borrowed from the network */
  double       lo, hi;      /* the scale */
  SpScaleKind  scale_kind;
  double       cut[2];      /* medium from cut[0], high from cut[1] */
  gboolean     cuts_given;  /* the user's cuts, not the thirds */
} SpTalentAxis;

typedef struct {
  SpTalentLevel performance, potential;
  GArray   *people;             /* guint nodes: the strongest first (the sum
                                 * of both scores as fractions of their
                                 * scales), then by name */
  guint     n_position[SP_POSITION_N];
  double    broker_share;       /* NAN when empty */
  double    mean_constraint;    /* over its people with one; NAN: none */
  double    ei_index;           /* NAN without ties */
  guint     internal_ties, external_ties;
} SpTalentBox;

typedef struct {
  SpTalentAxis   axis[2];                  /* 0 performance, 1 potential */
  SpTalentBox    boxes[SP_TALENT_N_BOXES]; /* SP_TALENT_BOX () */
  guint          n_nodes;
  gint8         *level[2];                 /* per node: SpTalentLevel, NONE for
                                            * clients, removed and missing */
  guint8        *position;                 /* per node: SpNetworkPosition
                                            * (persons in the data only) */
  gint8         *box;                      /* per node: box index, -1 */
  gboolean      *in_data;                  /* per node: a person not removed */
  GArray        *missing;                  /* guint: persons lacking a score, by name */
  guint          n_persons;                /* persons in the data (not removed) */
  guint          n_placed;                 /* in a box */
  double         broker_cut;               /* betweenness from here up: broker */
  double         peripheral_cut;           /* contacts up to here: peripheral */
} SpTalentGrid;

/* What the grid is made of; zero-initialised means the defaults (the
 * attributes found by name, the thirds of each scale). */
typedef struct {
  const char *performance;          /* attribute name, or NULL */
  const char *potential;
  gboolean    has_cuts[2];          /* cuts[a] holds the user's cuts */
  double      cuts[2][2];           /* [0 performance, 1 potential][first, second] */
} SpTalentGridSpec;

/* The attribute @spec (or the default names) picks for axis @axis (0
 * performance, 1 potential), or NULL with @error set: no such numeric
 * attribute (SP_ERROR_INVALID, the message naming what the data has). */
SpAttribute   *sp_talent_grid_attribute  (SpNetwork              *net,
                                          const SpTalentGridSpec *spec,
                                          guint                   axis,
                                          GError                **error);

/* Computes the grid.  @metrics (of the ties in use, the removed people
 * left out) needs degree, betweenness and constraint; @tie_type_mask and
 * @removed (NULL: none) must be those it was computed with (the boxes'
 * E-I counts their ties).  NULL with @error set when an attribute is
 * missing (SP_ERROR_INVALID) or a pair of cuts is not increasing
 * (SP_ERROR_INVALID). */
SpTalentGrid  *sp_talent_grid_compute    (SpNetwork              *net,
                                          SpMetrics              *metrics,
                                          const gboolean         *tie_type_mask,
                                          const gboolean         *removed,
                                          const SpTalentGridSpec *spec,
                                          GError                **error);
void           sp_talent_grid_free       (SpTalentGrid           *grid);

/* The level of @value on @axis's cuts (NONE for NAN). */
SpTalentLevel  sp_talent_axis_level      (const SpTalentAxis     *axis,
                                          double                  value);
/* The default cuts of the scale [@lo, @hi]: its thirds. */
void           sp_talent_default_cuts    (double                  lo,
                                          double                  hi,
                                          double                  cuts[2]);

/* "low", "medium", "high" ("" for NONE): the CSV's level cells. */
const char    *sp_talent_level_name      (SpTalentLevel           level);
/* Translated: "Low", "Medium", "High". */
const char    *sp_talent_level_label     (SpTalentLevel           level);
/* The box's stable key ("star", "core-player", "rough-diamond", …) and
 * its name as HR says it, translated ("Star", "Core player", …). */
const char    *sp_talent_box_key         (guint                   box);
const char    *sp_talent_box_label       (guint                   box);
/* "broker", "connected", "closed", "peripheral", "isolated", and the
 * translated names and one-line rules for a legend. */
const char    *sp_network_position_name  (SpNetworkPosition       position);
const char    *sp_network_position_label (SpNetworkPosition       position);
const char    *sp_network_position_rule  (SpNetworkPosition       position);

/* The box's network in one translated line ("Brokers 2 of 9 ·
 * mean constraint 0.31 · E-I +0.12"), numbers in the user's locale.
 * Free it. */
char          *sp_talent_box_network_line (const SpTalentBox     *box);

/* Parses --grid-cuts: "P1,P2" (both attributes) or "P1,P2:Q1,Q2"
 * (performance, then potential), numbers with a decimal point, each
 * pair increasing, into @spec's cuts.  FALSE with @error set
 * (SP_ERROR_INVALID) otherwise. */
gboolean       sp_talent_grid_parse_cuts (const char             *text,
                                          SpTalentGridSpec       *spec,
                                          GError                **error);

/* Writes id,name,performance,potential,performance_level,potential_level,box:
 * one row per person in the data, in the network's order; a person
 * lacking a score has empty level and box cells (and an empty score
 * cell for what they lack).  Atomically, as every CSV (@path "-" is
 * stdout). */
gboolean       sp_talent_grid_write_csv  (SpTalentGrid           *grid,
                                          SpNetwork              *net,
                                          const char             *path,
                                          GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpTalentGrid, sp_talent_grid_free)

G_END_DECLS
