/* fixture.h — reading the files written by make-fixtures.py */
#pragma once

#include "sp-network.h"

/* Loads data/NAME.graph into a new network (through the model API, not
 * the importers). */
SpNetwork *fixture_load_graph (const char *name);

/* Reads a tab-separated file of data/: rows of GStrv (the header is the
 * first row).  Free with g_ptr_array_unref. */
GPtrArray *fixture_read_tsv   (const char *file);

/* NAN for an empty cell. */
double     fixture_number     (const char *cell);

/* |got - want| <= tol * max (1, |want|), or both NAN. */
gboolean   fixture_close      (double got,
                               double want,
                               double tol);
