"""CPU time used so far by a process, and by a PostgreSQL server (its postmaster and every
process it started), in milliseconds, read from /proc/<pid>/stat."""
import os

TICKS = os.sysconf('SC_CLK_TCK')


def cpu_ms(pid, thread=None):
    """CPU time of a process, or of one of its threads."""
    path = f'/proc/{pid}/stat' if thread is None else f'/proc/{pid}/task/{thread}/stat'
    try:
        with open(path) as stat:
            fields = stat.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / TICKS
    except FileNotFoundError:
        return 0


def compiler_ms(pid):
    """CPU time used so far by a JVM's JIT compiler threads (named "C1/C2 CompilerThread")."""
    total = 0
    for thread in os.listdir(f'/proc/{pid}/task'):
        try:
            with open(f'/proc/{pid}/task/{thread}/comm') as name:
                if 'Compiler' in name.read():
                    total += cpu_ms(pid, thread)
        except FileNotFoundError:
            continue
    return total


def parent(pid):
    try:
        with open(f'/proc/{pid}/stat') as stat:
            return int(stat.read().rsplit(')', 1)[1].split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None


def postgres_ms(postmaster):
    children = [int(pid) for pid in os.listdir('/proc') if pid.isdigit() and parent(int(pid)) == postmaster]
    return cpu_ms(postmaster) + sum(cpu_ms(pid) for pid in children)
