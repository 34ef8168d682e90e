// Exit codes and traps: "exit N" exits with N, "trap" executes an unreachable instruction
// inside a named function, anything else returns 0.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void crash_here(void) { __builtin_trap(); }

int main(int argc, char **argv) {
    if (argc > 2 && strcmp(argv[1], "exit") == 0) exit(atoi(argv[2]));
    if (argc > 1 && strcmp(argv[1], "trap") == 0) crash_here();
    puts("nothing to do");
    return 0;
}
