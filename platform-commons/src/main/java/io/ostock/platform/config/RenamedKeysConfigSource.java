package io.ostock.platform.config;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps renamed settings working under their former keys. A service lists its renames in
 * {@value #RENAMES} (new key = former key). When the former key is set in a source that outranks the
 * new key's (a system property or a server.xml variable over the service's own defaults, say), its
 * value is used and one warning names the new key. Environment variables need nothing: a key and its
 * rename with only dots and dashes moved share one variable name.
 *
 * <p>The convention the renames serve: a setting's unit is its last segment ({@code .ms},
 * {@code .seconds}, {@code .days}).</p>
 */
public class RenamedKeysConfigSource implements ConfigSource {

    static final String RENAMES = "META-INF/ostock-renamed-keys.properties";

    /** Above every other source; it answers only when the former key outranks the new one. */
    private static final int ORDINAL = 1000;

    /** Asking the configuration for the two keys consults this source again; then it has nothing to say. */
    private final ThreadLocal<Boolean> lookingUp = new ThreadLocal<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final Map<String, String> formerKeys;
    private final Supplier<Config> config;

    public RenamedKeysConfigSource() {
        this(renames(Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : RenamedKeysConfigSource.class.getClassLoader()),
                ConfigProvider::getConfig);
    }

    RenamedKeysConfigSource(Map<String, String> formerKeys, Supplier<Config> config) {
        this.formerKeys = Map.copyOf(formerKeys);
        this.config = config;
    }

    @Override
    public String getValue(String key) {
        String formerKey = formerKeys.get(key);
        if (formerKey == null || lookingUp.get() != null) {
            return null;
        }
        lookingUp.set(Boolean.TRUE);
        try {
            ConfigValue former = config.get().getConfigValue(formerKey);
            if (former.getValue() == null) {
                return null;
            }
            ConfigValue current = config.get().getConfigValue(key);
            if (current.getValue() != null && current.getSourceOrdinal() >= former.getSourceOrdinal()) {
                return null;
            }
            if (warned.add(formerKey)) {
                LoggerFactory.getLogger(RenamedKeysConfigSource.class).warn(
                        "The setting {} has been renamed {}; its value is used for now. Set {} instead.",
                        formerKey, key, key);
            }
            return former.getValue();
        } finally {
            lookingUp.remove();
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Collections.emptySet();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "renamed settings (" + RENAMES + ")";
    }

    private static Map<String, String> renames(ClassLoader loader) {
        Map<String, String> renames = new HashMap<>();
        try {
            for (URL resource : Collections.list(loader.getResources(RENAMES))) {
                Properties listed = new Properties();
                try (InputStream in = resource.openStream()) {
                    listed.load(in);
                }
                listed.stringPropertyNames().forEach(key -> renames.put(key, listed.getProperty(key)));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return renames;
    }
}
