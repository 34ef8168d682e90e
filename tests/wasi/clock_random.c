// Clocks advance, sleeping waits, and random bytes vary.
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>

static long long ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(void) {
    long long wall = ns(CLOCK_REALTIME);
    printf("realtime after 2020: %s\n", wall > 1577836800LL * 1000000000LL ? "yes" : "no");
    long long start = ns(CLOCK_MONOTONIC);
    usleep(20000);
    long long slept = ns(CLOCK_MONOTONIC) - start;
    printf("slept at least 20ms: %s\n", slept >= 20000000 ? "yes" : "no");
    unsigned char a[32], b[32];
    getentropy(a, sizeof a);
    getentropy(b, sizeof b);
    printf("random differs: %s\n", memcmp(a, b, sizeof a) != 0 ? "yes" : "no");
    return 0;
}
