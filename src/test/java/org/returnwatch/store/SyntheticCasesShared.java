package org.returnwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.returnwatch.exchange.SyntheticDataset;

/**
 * Hands tests that only read it one database of {@value #CASES} synthetic cases, made once per test JVM
 * in a temporary folder and closed and removed when the JVM's tests are done: a {@link Store} parameter
 * of a {@code @BeforeAll} method.
 */
final class SyntheticCasesShared implements ParameterResolver {
    static final int CASES = 300;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Store.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Made.class, k -> Made.make(), Made.class).store();
    }

    /** The database and its folder, removed with it. */
    private record Made(Path dir, Store store) implements ExtensionContext.Store.CloseableResource {
        static Made make() {
            try {
                Path dir = Files.createTempDirectory("returnwatch-synthetic-");
                return new Made(dir, SyntheticDataset.database(dir.resolve("db"), CASES, CASES));
            } catch (Exception e) {
                throw new IllegalStateException("the synthetic cases could not be made", e);
            }
        }

        @Override
        public void close() {
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
