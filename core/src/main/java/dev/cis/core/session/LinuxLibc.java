package dev.cis.core.session;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The C library calls a pseudo-terminal needs on Linux (glibc 2.34 or later, x86-64 or AArch64),
 * bound directly with JNA. Loading this class fails with {@link LinkageError} anywhere else; callers
 * check {@link PosixSpawnChild#available()} first.
 */
final class LinuxLibc {

    static final int O_RDWR = 02;
    static final int O_NOCTTY = 0400;
    static final int O_NONBLOCK = 04000;
    static final int O_CLOEXEC = 02000000;

    static final int EINTR = 4;
    static final int EIO = 5;
    static final int EAGAIN = 11;
    static final int ECHILD = 10;

    static final short POLLIN = 0x1;
    static final short POLLOUT = 0x4;

    static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    static final short POSIX_SPAWN_SETSID = 0x80;

    static final long TIOCSWINSZ = 0x5414;
    /** {@code ECHO} in {@code c_lflag}, the fourth 32-bit field of {@code struct termios}. */
    static final int ECHO = 010;
    static final int TERMIOS_LFLAG_OFFSET = 12;
    /** Generous size for {@code struct termios} (60 bytes on 64-bit Linux). */
    static final int TERMIOS_BYTES = 128;
    static final int P_PID = 1;
    static final int WNOHANG = 1;
    static final int WEXITED = 4;
    static final int WNOWAIT = 0x01000000;
    static final int SIGTERM = 15;
    static final int SIGKILL = 9;

    /** Generous sizes for glibc's opaque structures (80, 336, 128 and 128 bytes on 64-bit Linux). */
    static final int FILE_ACTIONS_BYTES = 256;
    static final int SPAWN_ATTR_BYTES = 1024;
    static final int SIGSET_BYTES = 256;
    static final int SIGINFO_BYTES = 256;
    /** Offset of {@code si_pid} in {@code siginfo_t} on 64-bit Linux. */
    static final int SIGINFO_PID_OFFSET = 16;

    static {
        Native.register(NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private LinuxLibc() {
    }

    /** True when the terminal of {@code masterFd} does not echo input (a program reads a password). */
    static boolean echoOff(int masterFd) {
        byte[] termios = new byte[TERMIOS_BYTES];
        try {
            tcgetattr(masterFd, termios);
        } catch (LastErrorException e) {
            return false; // the terminal is gone: nothing more is read from it
        }
        int lflag = java.nio.ByteBuffer.wrap(termios, TERMIOS_LFLAG_OFFSET, 4)
                .order(java.nio.ByteOrder.nativeOrder()).getInt();
        return (lflag & ECHO) == 0;
    }

    static native int posix_openpt(int flags) throws LastErrorException;

    static native int grantpt(int fd) throws LastErrorException;

    static native int unlockpt(int fd) throws LastErrorException;

    /** Returns an error number (not errno). */
    static native int ptsname_r(int fd, byte[] buf, long length);

    static native int ioctl(int fd, long request, short[] winsize) throws LastErrorException;

    /** On a pseudo-terminal's master, Linux answers with the settings of its slave side. */
    static native int tcgetattr(int fd, byte[] termios) throws LastErrorException;

    static native long read(int fd, byte[] buf, long count) throws LastErrorException;

    static native long write(int fd, byte[] buf, long count) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;

    static native int poll(Pointer fds, long count, int timeoutMillis) throws LastErrorException;

    static native int kill(int pid, int signal) throws LastErrorException;

    static native int waitpid(int pid, int[] status, int options) throws LastErrorException;

    static native int waitid(int idType, int id, Pointer info, int options) throws LastErrorException;

    static native String strerror(int errno);

    static native int sigemptyset(Pointer set);

    static native int sigfillset(Pointer set);

    static native int posix_spawn_file_actions_init(Pointer actions);

    static native int posix_spawn_file_actions_destroy(Pointer actions);

    static native int posix_spawn_file_actions_addopen(Pointer actions, int fd, byte[] path, int flags, int mode);

    static native int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newFd);

    static native int posix_spawn_file_actions_addchdir_np(Pointer actions, byte[] path);

    static native int posix_spawn_file_actions_addclosefrom_np(Pointer actions, int lowFd);

    static native int posix_spawnattr_init(Pointer attr);

    static native int posix_spawnattr_destroy(Pointer attr);

    static native int posix_spawnattr_setflags(Pointer attr, short flags);

    static native int posix_spawnattr_setsigdefault(Pointer attr, Pointer set);

    static native int posix_spawnattr_setsigmask(Pointer attr, Pointer set);

    /** Returns an error number (not errno); the new process id is stored in {@code pid[0]}. */
    static native int posix_spawn(int[] pid, byte[] path, Pointer actions, Pointer attr, Pointer argv, Pointer envp);
}
