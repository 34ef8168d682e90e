// Reads a directory tree through WASI as a read-only guest would, printing what it finds:
// run on a read-only host directory and on an in-memory file system of the same files,
// the output must be the same (tests/wasi.rs).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

// Every entry under `path`, depth first, by name; files with their size and a checksum.
static void walk(const char *path, int depth) {
    DIR *dir = opendir(path);
    if (!dir) {
        printf("opendir %s: %s\n", path, strerror(errno));
        return;
    }
    char *names[256];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dir)) && n < 256) {
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) names[n++] = strdup(e->d_name);
    }
    closedir(dir);
    qsort(names, n, sizeof names[0], by_name);
    for (int i = 0; i < n; i++) {
        char full[512];
        snprintf(full, sizeof full, "%s/%s", path, names[i]);
        struct stat st;
        if (stat(full, &st) != 0) {
            printf("stat %s: %s\n", full, strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            printf("%*sdir %s\n", depth * 2, "", names[i]);
            walk(full, depth + 1);
        } else {
            FILE *f = fopen(full, "r");
            unsigned sum = 0;
            long count = 0;
            int c;
            while (f && (c = fgetc(f)) != EOF) {
                sum = sum * 31 + (unsigned)c;
                count++;
            }
            if (f) fclose(f);
            printf("%*sfile %s size %lld read %ld sum %08x\n", depth * 2, "", names[i], (long long)st.st_size,
                   count, sum);
        }
        free(names[i]);
    }
}

int main(void) {
    walk("/data", 0);
    // Seeking and reading at offsets.
    int fd = open("/data/docs/readme.txt", O_RDONLY);
    char buf[16] = {0};
    printf("open: %s\n", fd >= 0 ? "ok" : strerror(errno));
    printf("seek end: %lld\n", (long long)lseek(fd, 0, SEEK_END));
    printf("seek 6: %lld\n", (long long)lseek(fd, 6, SEEK_SET));
    printf("read: %zd '%.5s'\n", read(fd, buf, 5), buf);
    printf("tell: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("pread: %zd '%.4s'\n", pread(fd, buf, 4, 0), buf);
    printf("write: %zd %s\n", write(fd, "x", 1), strerror(errno));
    close(fd);
    // What a read-only guest cannot do, and paths that do not resolve.
    errno = 0;
    printf("missing: %s\n", fopen("/data/nope.txt", "r") ? "opened" : strerror(errno));
    errno = 0;
    printf("create: %s\n", fopen("/data/new.txt", "w") ? "opened" : strerror(errno));
    errno = 0;
    printf("truncate: %s\n", open("/data/docs/readme.txt", O_WRONLY | O_TRUNC) >= 0 ? "opened" : strerror(errno));
    errno = 0;
    printf("mkdir: %s\n", mkdir("/data/sub", 0777) == 0 ? "made" : strerror(errno));
    errno = 0;
    printf("unlink: %s\n", unlink("/data/docs/readme.txt") == 0 ? "removed" : strerror(errno));
    errno = 0;
    printf("escape: %s\n", fopen("/data/../outside.txt", "r") ? "opened" : strerror(errno));
    errno = 0;
    printf("dir as file: %s\n", fopen("/data/docs/", "r") ? "opened" : strerror(errno));
    errno = 0;
    printf("file as dir: %s\n", opendir("/data/docs/readme.txt") ? "opened" : strerror(errno));
    errno = 0;
    printf("dotdot inside: %s\n", fopen("/data/docs/../docs/readme.txt", "r") ? "opened" : strerror(errno));
    return 0;
}
