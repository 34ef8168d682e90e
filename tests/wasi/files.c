// Files and directories inside the preopened directory "sandbox", and attempts to leave
// it: each line printed is checked by tests/wasi.rs.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void check(int ok, const char *what) { printf("%s: %s\n", what, ok ? "ok" : strerror(errno)); }

int main(void) {
    check(mkdir("sandbox/dir", 0755) == 0, "mkdir");
    FILE *f = fopen("sandbox/dir/hello.txt", "w");
    check(f != NULL, "create");
    fputs("hello, file\n", f);
    fclose(f);
    char buf[64] = {0};
    f = fopen("sandbox/dir/hello.txt", "r");
    check(f != NULL && fgets(buf, sizeof buf, f) != NULL, "read");
    fclose(f);
    printf("content: %s", buf);
    struct stat st;
    check(stat("sandbox/dir/hello.txt", &st) == 0 && st.st_size == 12, "stat size 12");
    int fd = open("sandbox/dir/hello.txt", O_RDWR);
    check(lseek(fd, 7, SEEK_SET) == 7 && write(fd, "FILE", 4) == 4, "seek and write");
    close(fd);
    check(rename("sandbox/dir/hello.txt", "sandbox/dir/renamed.txt") == 0, "rename");
    DIR *d = opendir("sandbox/dir");
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        if (e->d_name[0] != '.') printf("entry: %s\n", e->d_name);
    if (d) closedir(d);
    check(symlink("renamed.txt", "sandbox/dir/link") == 0, "symlink");
    f = fopen("sandbox/dir/link", "r");
    check(f != NULL && fgets(buf, sizeof buf, f) != NULL, "read through link");
    if (f) fclose(f);
    printf("content: %s", buf);
    // Ways out, all refused.
    check(open("sandbox/../outside.txt", O_RDONLY) >= 0, "escape with ..");
    check(open("/etc/passwd", O_RDONLY) >= 0, "escape absolute");
    check(symlink("../..", "sandbox/dir/up") == 0, "symlink up");
    check(open("sandbox/dir/up/outside.txt", O_RDONLY) >= 0, "escape through symlink");
    // An absolute target is refused: host programs following links in the directory would
    // be sent anywhere.
    check(symlink("/etc/passwd", "sandbox/dir/abs") == 0, "symlink absolute");
    check(open("sandbox/dir/abs", O_RDONLY) >= 0, "escape through absolute symlink");
    check(unlink("sandbox/dir/up") == 0 && unlink("sandbox/dir/link") == 0, "unlink links");
    check(unlink("sandbox/dir/renamed.txt") == 0, "unlink");
    check(rmdir("sandbox/dir") == 0, "rmdir");
    return 0;
}
