#ifndef DOCKET_SYSTEM_H
#define DOCKET_SYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int docket_exchange_paths(const char *first, const char *second);



/// A non-blocking inotify instance (Linux), or -1.
int docket_watch_open(void);

/// Watches one folder for files created, changed, moved or deleted in it; -1 on error.
int docket_watch_folder(int watcher, const char *folder);

/// Waits up to `timeout_ms` for events and drains them. Returns the number of events read
/// (0 on timeout), or -1 on error. Sets *folder_created when a folder appeared, so the
/// caller can watch it too.
int docket_watch_wait(int watcher, int timeout_ms, int *folder_created);

/// Takes a cmark-gfm syntax extension's special inline characters off it and frees the
/// list (`extension` is a cmark_syntax_extension *; void here so this header needs no
/// cmark-gfm header).
void docket_cmark_drop_special_inline_chars(void *extension);
#endif
