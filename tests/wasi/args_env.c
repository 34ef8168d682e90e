// Arguments and environment: prints each argument and the variable GREETING, then exits
// with the number of arguments.
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    for (int i = 0; i < argc; i++) printf("arg %d: %s\n", i, argv[i]);
    const char *greeting = getenv("GREETING");
    printf("GREETING=%s\n", greeting ? greeting : "(unset)");
    return argc;
}
