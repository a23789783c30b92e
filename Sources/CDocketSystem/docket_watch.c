// inotify, which Swift's Glibc module does not expose in full.
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>
#include "docket_system.h"

int docket_watch_open(void) {
    return inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
}

int docket_watch_folder(int watcher, const char *folder) {
    return inotify_add_watch(watcher, folder,
        IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF);
}

int docket_watch_drain(int watcher, int timeout_ms, docket_watch_event each, void *context) {
    struct pollfd descriptor = { .fd = watcher, .events = POLLIN };
    int ready = poll(&descriptor, 1, timeout_ms);
    if (ready <= 0) return ready < 0 && errno != EINTR ? -1 : 0;
    char buffer[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
    int events = 0;
    for (;;) {
        ssize_t length = read(watcher, buffer, sizeof buffer);
        if (length <= 0) break;
        for (char *cursor = buffer; cursor < buffer + length;) {
            struct inotify_event *event = (struct inotify_event *)cursor;
            int tree_changed = (event->mask & (IN_Q_OVERFLOW | IN_DELETE_SELF | IN_MOVE_SELF)) != 0
                || ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)));
            each(context, event->wd, event->len > 0 ? event->name : "", tree_changed);
            events++;
            cursor += sizeof(struct inotify_event) + event->len;
        }
    }
    return events;
}
