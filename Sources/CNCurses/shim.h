#ifndef BRIEFING_CNCURSES_SHIM_H
#define BRIEFING_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// Swift 6 rejects ncurses' mutable globals and does not import its macros: these accessors
// expose what the adapter needs without leaving Swift 6 language mode.
static inline WINDOW *briefing_stdscr(void) { return stdscr; }
static inline int briefing_lines(void) { return LINES; }
static inline int briefing_cols(void) { return COLS; }
static inline int briefing_colors(void) { return COLORS; }
static inline int briefing_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t briefing_a_normal(void) { return A_NORMAL; }
static inline attr_t briefing_a_bold(void) { return A_BOLD; }
static inline attr_t briefing_a_underline(void) { return A_UNDERLINE; }
static inline attr_t briefing_a_reverse(void) { return A_REVERSE; }
static inline attr_t briefing_a_dim(void) { return A_DIM; }
static inline attr_t briefing_a_italic(void) { return A_ITALIC; }
static inline mmask_t briefing_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t briefing_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t briefing_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t briefing_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Switches to a UTF-8 locale so wide characters draw: the user's, else C.UTF-8.
static inline void briefing_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || strcmp(codeset, "UTF-8") != 0) {
        setlocale(LC_ALL, "C.UTF-8");
    }
}

static inline struct sigaction *briefing_previous_actions(void) {
    static struct sigaction previous[32];
    return previous;
}

/// Whether the user asked for Swift's crash reports (`SWIFT_BACKTRACE` set): then a crash goes on
/// to the runtime's handler after the terminal is restored. Read once, before curses starts.
static inline int *briefing_chain_crashes(void) {
    static int chain = 0;
    return &chain;
}

static inline void briefing_crash_handler(int sig) {
    // The terminal first: out of the alternate screen, cursor shown, echo and mouse off.
    endwin();
    static const char mouse_off[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?25h";
    (void)!write(STDOUT_FILENO, mouse_off, sizeof(mouse_off) - 1);
    if (*briefing_chain_crashes()) {
        sigaction(sig, &briefing_previous_actions()[sig], NULL);
        raise(sig);
        return;
    }
    // Swift's default reporter would wait for a key on the terminal: end at once with 128 + n, as
    // a shell reports a process killed by signal n.
    static const char message[] = "briefing: crashed; run with SWIFT_BACKTRACE=enable=yes,interactive=no for a backtrace\n";
    (void)!write(STDERR_FILENO, message, sizeof(message) - 1);
    _exit(128 + sig);
}

/// On a crash (a Swift trap is SIGILL/SIGTRAP), an out-of-memory or stack overflow (SIGSEGV,
/// SIGBUS) or SIGQUIT: restore the terminal first, on a stack of its own (an overflowed stack
/// cannot run the handler), then end with 128 + n, or re-raise with the previous handler (Swift's
/// backtrace) when the user set `SWIFT_BACKTRACE`.
static inline void briefing_install_crash_handlers(void) {
    static char alternate_stack[1 << 16];
    stack_t stack;
    memset(&stack, 0, sizeof(stack));
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof(alternate_stack);
    sigaltstack(&stack, NULL);
    *briefing_chain_crashes() = getenv("SWIFT_BACKTRACE") != NULL;
    int signals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGQUIT };
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_handler = briefing_crash_handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND | SA_ONSTACK;
        sigaction(signals[i], &action, &briefing_previous_actions()[signals[i]]);
    }
}

static inline volatile sig_atomic_t *briefing_quit_flag(void) {
    static volatile sig_atomic_t flag = 0;
    return &flag;
}

static inline void briefing_quit_handler(int sig) { *briefing_quit_flag() = sig; }

/// SIGTERM and SIGHUP set a flag the event loop polls, so the terminal is restored on the way out.
static inline void briefing_install_quit_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = briefing_quit_handler;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    // A parent may have started us with these blocked (test runners do); unblock them.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/// Ctrl-Z in raw mode arrives as a key: leave curses mode, stop like a shell job, and come back
/// in curses mode when continued (`fg`). The caller redraws everything.
static inline void briefing_suspend(void) {
    endwin();
    kill(getpid(), SIGSTOP);
    refresh();
}

static inline int briefing_key_f0(void) { return KEY_F0; }
static inline mmask_t briefing_button1_released(void) { return BUTTON1_RELEASED; }

#endif
