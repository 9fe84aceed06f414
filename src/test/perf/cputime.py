"""CPU time used so far by a process, and by a PostgreSQL server (its postmaster and every
process it started), in milliseconds, read from /proc/<pid>/stat."""
import os

TICKS = os.sysconf('SC_CLK_TCK')


def cpu_ms(pid):
    try:
        with open(f'/proc/{pid}/stat') as stat:
            fields = stat.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / TICKS
    except FileNotFoundError:
        return 0


def compiler_ms(pid):
    """CPU time used so far by a JVM's JIT compiler threads."""
    total = 0
    for thread in os.listdir(f'/proc/{pid}/task'):
        try:
            with open(f'/proc/{pid}/task/{thread}/stat') as stat:
                text = stat.read()
        except FileNotFoundError:
            continue
        if 'Compiler' in text[text.index('(') + 1:text.rindex(')')]:
            fields = text.rsplit(')', 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) * 1000 / TICKS
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
