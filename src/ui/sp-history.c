/* sp-history.c — undo and redo */
#define G_LOG_DOMAIN "sp-history"

#include "config.h"

#include "sp-history.h"

#define MAX_ENTRIES 200

typedef struct {
  char           *label;
  SpHistoryApply  apply;
  gpointer        before;
  gpointer        after;
  GDestroyNotify  free_func;
  gboolean        changes_file;  /* FALSE: only what is shown (a view, a what-if) */
} Entry;

struct _SpHistory {
  GObject    parent_instance;

  GPtrArray *entries;   /* Entry *, oldest first */
  guint      position;  /* entries before it are done, after it undone */
  gint       clean;     /* the position when loaded or saved; -1 when
                         * that state can no longer be reached */
};

G_DEFINE_FINAL_TYPE (SpHistory, sp_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_free (Entry *entry)
{
  if (entry->free_func != NULL)
    {
      g_clear_pointer (&entry->before, entry->free_func);
      g_clear_pointer (&entry->after, entry->free_func);
    }
  g_free (entry->label);
  g_free (entry);
}

static void
notify_state (SpHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
sp_history_finalize (GObject *object)
{
  SpHistory *self = SP_HISTORY (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (sp_history_parent_class)->finalize (object);
}

static void
sp_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SpHistory *self = SP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sp_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sp_history_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, sp_history_is_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sp_history_class_init (SpHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sp_history_finalize;
  object_class->get_property = sp_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sp_history_init (SpHistory *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
}

SpHistory *
sp_history_new (void)
{
  return g_object_new (SP_TYPE_HISTORY, NULL);
}

/* Whether entries [from, to) change what the file holds. */
static gboolean
range_changes_file (SpHistory *self,
                    guint      from,
                    guint      to)
{
  for (guint i = from; i < to && i < self->entries->len; i++)
    if (((Entry *) g_ptr_array_index (self->entries, i))->changes_file)
      return TRUE;
  return FALSE;
}

static void
push (SpHistory      *self,
      const char     *label,
      SpHistoryApply  apply,
      gpointer        before,
      gpointer        after,
      GDestroyNotify  free_func,
      gboolean        changes_file)
{
  Entry *entry;

  g_return_if_fail (SP_IS_HISTORY (self));
  g_return_if_fail (apply != NULL);

  /* A new change drops whatever was undone, and the saved state with it
   * when it was among the undone, unless only views lay between: then the
   * file's state is the present one. */
  if (self->clean > (gint) self->position)
    self->clean = range_changes_file (self, self->position, self->clean) ? -1 : (gint) self->position;
  if (self->position < self->entries->len)
    g_ptr_array_remove_range (self->entries, self->position,
                              self->entries->len - self->position);

  entry = g_new0 (Entry, 1);
  entry->label = g_strdup (label);
  entry->apply = apply;
  entry->before = before;
  entry->after = after;
  entry->free_func = free_func;
  entry->changes_file = changes_file;
  g_ptr_array_add (self->entries, entry);

  if (self->entries->len > MAX_ENTRIES)
    {
      gboolean dropped_changes_file = ((Entry *) g_ptr_array_index (self->entries, 0))->changes_file;

      g_ptr_array_remove_index (self->entries, 0);
      /* the file's state was before the dropped entry: still reachable
       * when that entry changed only the view */
      if (self->clean > 0 || (self->clean == 0 && !dropped_changes_file))
        self->clean = MAX (self->clean - 1, 0);
      else
        self->clean = -1;
    }
  self->position = self->entries->len;

  notify_state (self);
}

void
sp_history_push (SpHistory      *self,
                 const char     *label,
                 SpHistoryApply  apply,
                 gpointer        before,
                 gpointer        after,
                 GDestroyNotify  free_func)
{
  push (self, label, apply, before, after, free_func, TRUE);
}

void
sp_history_push_view (SpHistory      *self,
                      const char     *label,
                      SpHistoryApply  apply,
                      gpointer        before,
                      gpointer        after,
                      GDestroyNotify  free_func)
{
  push (self, label, apply, before, after, free_func, FALSE);
}

gboolean
sp_history_undo (SpHistory *self,
                 gpointer   target)
{
  Entry *entry;

  g_return_val_if_fail (SP_IS_HISTORY (self), FALSE);

  if (self->position == 0)
    return FALSE;

  entry = g_ptr_array_index (self->entries, --self->position);
  entry->apply (target, entry->before);
  notify_state (self);

  return TRUE;
}

gboolean
sp_history_redo (SpHistory *self,
                 gpointer   target)
{
  Entry *entry;

  g_return_val_if_fail (SP_IS_HISTORY (self), FALSE);

  if (self->position >= self->entries->len)
    return FALSE;

  entry = g_ptr_array_index (self->entries, self->position++);
  entry->apply (target, entry->after);
  notify_state (self);

  return TRUE;
}

gboolean
sp_history_can_undo (SpHistory *self)
{
  g_return_val_if_fail (SP_IS_HISTORY (self), FALSE);
  return self->position > 0;
}

gboolean
sp_history_can_redo (SpHistory *self)
{
  g_return_val_if_fail (SP_IS_HISTORY (self), FALSE);
  return self->position < self->entries->len;
}

const char *
sp_history_undo_label (SpHistory *self)
{
  g_return_val_if_fail (SP_IS_HISTORY (self), NULL);

  if (self->position == 0)
    return NULL;
  return ((Entry *) g_ptr_array_index (self->entries, self->position - 1))->label;
}

void
sp_history_clear (SpHistory *self)
{
  g_return_if_fail (SP_IS_HISTORY (self));

  g_ptr_array_set_size (self->entries, 0);
  self->position = 0;
  self->clean = 0;
  notify_state (self);
}

/* Marks the present state as the one in the file (after loading or
 * saving). */
void
sp_history_mark_clean (SpHistory *self)
{
  g_return_if_fail (SP_IS_HISTORY (self));

  self->clean = self->position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* TRUE when a change of the file's content lies between the present
 * state and the one marked clean: undoing back to it makes the data
 * unmodified again, and views alone never count. */
gboolean
sp_history_is_modified (SpHistory *self)
{
  g_return_val_if_fail (SP_IS_HISTORY (self), FALSE);
  if (self->clean < 0)
    return TRUE;
  return range_changes_file (self, MIN ((guint) self->clean, self->position),
                             MAX ((guint) self->clean, self->position));
}
