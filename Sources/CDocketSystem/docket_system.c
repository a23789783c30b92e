// Swift's Glibc module does not declare renameat2 (it is a GNU extension).
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "docket_system.h"

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int docket_exchange_paths(const char *first, const char *second) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int docket_birth_time(const char *path, long long *seconds, unsigned int *nanoseconds) {
    struct statx info;
    if (statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_BTIME, &info) != 0) return -1;
    if (!(info.stx_mask & STATX_BTIME)) {
        errno = ENOTSUP;
        return -1;
    }
    *seconds = (long long)info.stx_btime.tv_sec;
    *nanoseconds = info.stx_btime.tv_nsec;
    return 0;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DOCKET_CHECKS_LEAKS 1
#endif
#endif

int docket_checks_leaks(void) {
#ifdef DOCKET_CHECKS_LEAKS
    return 1;
#else
    return 0;
#endif
}
