package nl.casustafel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void commandLineOptionWinsOverEnvironment() {
        assertThat(DataDirectory.resolve("/srv/cs", Map.of("CASUSTAFEL_HOME", "/env/cs"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/srv/cs"));
    }

    @Test
    void environmentWinsOverDefault() {
        assertThat(DataDirectory.resolve(null, Map.of("CASUSTAFEL_HOME", "/env/cs"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/env/cs"));
    }

    @Test
    void defaultsFollowTheOperatingSystem() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/casustafel"));
        assertThat(DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "C:\\Users\\a\\AppData\\Local"), "Windows 11", "C:\\Users\\a"))
                .isEqualTo(Path.of("C:\\Users\\a\\AppData\\Local").resolve("Casustafel"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Casustafel"));
    }
}
