package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void optionWinsOverEnvironmentWhichWinsOverTheSystemDefault() {
        Map<String, String> env = Map.of(DataDirectory.ENV, "/srv/cb");
        assertEquals(Path.of("/tmp/x"), DataDirectory.resolve("/tmp/x", env, "Linux", "/home/ana"));
        assertEquals(Path.of("/srv/cb"), DataDirectory.resolve(null, env, "Linux", "/home/ana"));
    }

    @Test
    void systemDefaultsFollowEachPlatformsConvention() {
        assertEquals(Path.of("/home/ana/.local/share/claimbench"), DataDirectory.resolve(null, Map.of(), "Linux", "/home/ana"));
        assertEquals(Path.of("/xdg/claimbench"), DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/ana"));
        assertEquals(Path.of("/Users/ana/Library/Application Support/ClaimBench"),
                DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/ana"));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Roaming", "ClaimBench"),
                DataDirectory.resolve(null, Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"), "Windows 11", "C:\\Users\\ana"));
    }
}
