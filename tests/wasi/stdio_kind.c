/* What a C program sees of its standard streams: whether each is a terminal (wasi-libc's
   isatty asks fd_fdstat_get), then 100 short lines, which stdio sends line by line to a
   terminal and in blocks anywhere else. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
  printf("isatty 0:%d 1:%d 2:%d\n", isatty(0), isatty(1), isatty(2));
  for (int i = 0; i < 100; i++) printf("line %d\n", i);
  return 0;
}
