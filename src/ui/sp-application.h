#pragma once

int sp_application_main (int argc, char **argv);
