/* sp-i18n.h — gettext for the core library */
#pragma once

#include "config.h"
#include <glib/gi18n-lib.h>
