package io.ostock.licensing.infrastructure;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A MetricRegistry that knows only counters, enough for the caches; count("name", "result=hit") reads one. */
final class CountingMetrics {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    final MetricRegistry registry = (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                if (!method.getName().equals("counter") || !(args[0] instanceof String name)) {
                    throw new UnsupportedOperationException(method.toString());
                }
                String tags = args.length < 2 ? "" : Arrays.stream((Tag[]) args[1])
                        .map(tag -> tag.getTagName() + "=" + tag.getTagValue()).toList().toString();
                return counter(counts.computeIfAbsent(name + tags, key -> new AtomicLong()));
            });

    long count(String name, String tag) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(name) && entry.getKey().contains(tag))
                .mapToLong(entry -> entry.getValue().get()).sum();
    }

    private static Counter counter(AtomicLong count) {
        return (Counter) Proxy.newProxyInstance(CountingMetrics.class.getClassLoader(), new Class<?>[] {Counter.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "inc" -> {
                        count.addAndGet(args == null ? 1 : (Long) args[0]);
                        yield null;
                    }
                    case "getCount" -> count.get();
                    default -> throw new UnsupportedOperationException(method.toString());
                });
    }
}
