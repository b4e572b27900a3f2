package nl.casustafel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were taken on: processor, cores, memory, operating system, JDK, and the load now. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = System.getProperty("os.arch");
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: the architecture will do
        }
        long gb = Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024));
        return String.format(Locale.ROOT, "%s, %d cores, %d GB, %s %s, Java %s (%s); load average %.2f", cpu,
                Runtime.getRuntime().availableProcessors(), gb, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"), load());
    }

    /** The 1-minute load average, or NaN where the system does not say. */
    static double load() {
        try {
            List<String> line = List.of(Files.readString(Path.of("/proc/loadavg")).split(" "));
            return Double.parseDouble(line.get(0));
        } catch (IOException | RuntimeException e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
