#ifndef DOCKET_SYSTEM_H
#define DOCKET_SYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int docket_exchange_paths(const char *first, const char *second);

/// When the file at `path` (not following a link) was created (Linux statx), where the
/// file system records it. Returns 0 on success, -1 with errno set otherwise.
int docket_birth_time(const char *path, long long *seconds, unsigned int *nanoseconds);



/// A non-blocking inotify instance (Linux), or -1.
int docket_watch_open(void);

/// Watches one folder for files created, changed, moved or deleted in it; -1 on error.
int docket_watch_folder(int watcher, const char *folder);

/// Called for each event drained: the watch (as `docket_watch_folder` returned it), the
/// name inside that folder, and whether the event changes the folder tree or lost events
/// (a folder appeared, moved or vanished; the queue overflowed), when the caller must
/// list everything again.
typedef void (*docket_watch_event)(void *context, int watch, const char *name, int tree_changed);

/// Waits up to `timeout_ms` for events and drains them, calling `each` for every one.
/// Returns the number of events read (0 on timeout), or -1 on error.
int docket_watch_drain(int watcher, int timeout_ms, docket_watch_event each, void *context);

/// Takes a cmark-gfm syntax extension's special inline characters off it and frees the
/// list (`extension` is a cmark_syntax_extension *; void here so this header needs no
/// cmark-gfm header).
void docket_cmark_drop_special_inline_chars(void *extension);
/// 1 when this build runs under AddressSanitizer's leak check. LeakSanitizer cannot see a
/// Swift reference packed into an enum payload's spare bits, so memory kept alive until
/// exit on purpose would be reported as leaked: such a build frees it as usual.
int docket_checks_leaks(void);
#endif
