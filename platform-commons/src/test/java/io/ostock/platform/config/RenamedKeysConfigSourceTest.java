package io.ostock.platform.config;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RenamedKeysConfigSourceTest {

    private static final String NEW_KEY = "license.expiry-grace.days";
    private static final String FORMER_KEY = "license.expiry-grace-days";

    /** The other sources' values: key to value and the ordinal of the source it comes from. */
    private final Map<String, Map.Entry<String, Integer>> otherSources = new HashMap<>();
    private RenamedKeysConfigSource source;

    /** A Config over the other sources and this one, as the runtime would build it. */
    private Config config() {
        return (Config) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConfigValue")) {
                        throw new UnsupportedOperationException(method.toString());
                    }
                    String key = (String) args[0];
                    String renamed = source.getValue(key);
                    Map.Entry<String, Integer> other = otherSources.get(key);
                    return renamed != null ? value(renamed, source.getOrdinal())
                            : other != null ? value(other.getKey(), other.getValue()) : value(null, 0);
                });
    }

    private static ConfigValue value(String value, int ordinal) {
        return (ConfigValue) Proxy.newProxyInstance(RenamedKeysConfigSourceTest.class.getClassLoader(),
                new Class<?>[] {ConfigValue.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getValue" -> value;
                    case "getSourceOrdinal" -> ordinal;
                    default -> throw new UnsupportedOperationException(method.toString());
                });
    }

    private String effective(String key) {
        source = new RenamedKeysConfigSource(Map.of(NEW_KEY, FORMER_KEY), this::config);
        return config().getConfigValue(key).getValue();
    }

    @Test
    void aFormerKeySetAboveTheDefaultsIsStillRead() {
        otherSources.put(NEW_KEY, Map.entry("7", 100));     // the service's microprofile-config.properties
        otherSources.put(FORMER_KEY, Map.entry("9", 400));  // a system property set before the rename
        assertEquals("9", effective(NEW_KEY));
    }

    @Test
    void theNewKeyWinsWhereBothAreSetAlike() {
        otherSources.put(NEW_KEY, Map.entry("8", 400));
        otherSources.put(FORMER_KEY, Map.entry("9", 400));
        assertEquals("8", effective(NEW_KEY));
        otherSources.put(NEW_KEY, Map.entry("8", 500));
        assertEquals("8", effective(NEW_KEY));
    }

    @Test
    void withoutTheFormerKeyNothingChanges() {
        otherSources.put(NEW_KEY, Map.entry("7", 100));
        assertEquals("7", effective(NEW_KEY));
        assertNull(effective("some.other.key"));
    }
}
