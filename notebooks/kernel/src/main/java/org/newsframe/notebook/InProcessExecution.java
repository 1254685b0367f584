package org.newsframe.notebook;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import org.apache.spark.sql.SparkSession;

/**
 * JShell's execution engine inside the kernel's own JVM. JShell's default engine runs snippets in a second
 * JVM and hands back only each value's {@code toString}; here a cell runs on a worker thread of this JVM, so
 * <ul>
 *   <li>a cell sees the kernel's classpath (Spark, newsframe, XChart) and the JVM options the kernel was
 *       started with (Spark's {@code --add-opens} list), and one SparkSession lives across cells;</li>
 *   <li>every value is kept as an object under a key (what JShell reports as the value), so the kernel can
 *       render it — a chart as a PNG, a Dataset as an HTML table — and then releases it;</li>
 *   <li>a Jupyter interrupt cancels the running Spark jobs and interrupts the worker, stopping it if it
 *       does not return.</li>
 * </ul>
 */
final class InProcessExecution extends DirectExecutionControl {

    /** What a snippet without a value (a statement, a void call) leaves. */
    static final Object NO_VALUE = new Object();
    /** Milliseconds an interrupted cell has to return before its thread is stopped. */
    private static final long STOP_GRACE_MS = 3_000;

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();
    private volatile Thread running;
    private volatile boolean interrupted;

    @Override
    protected String invoke(Method doit) throws Exception {
        Object[] result = {null};
        Throwable[] failure = {null};
        Thread worker = new Thread(() -> {
            try {
                result[0] = doit.invoke(null);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "notebook-cell");
        // Spark resolves the classes of a cell's lambdas through the context loader: the snippets' loader.
        worker.setContextClassLoader(doit.getDeclaringClass().getClassLoader());
        interrupted = false;
        running = worker;
        worker.start();
        try {
            worker.join();
        } finally {
            running = null;
        }
        if (failure[0] instanceof InvocationTargetException ite) {
            if (interrupted) {
                throw new InvocationTargetException(new InterruptedException("cell interrupted"));
            }
            throw ite;
        }
        if (failure[0] != null) { // ThreadDeath after an interrupt, or a reflection failure
            throw new InvocationTargetException(interrupted ? new InterruptedException("cell interrupted") : failure[0]);
        }
        String key = "value#" + keys.incrementAndGet();
        values.put(key, result[0] == null ? NO_VALUE : result[0]);
        return key;
    }

    /** The object a snippet left under key (JShell's value string), released; null for an unknown key. */
    Object take(String key) {
        return key == null ? null : values.remove(key);
    }

    /** Releases every kept value (those of snippets whose value nobody asked for). */
    void clearValues() {
        values.clear();
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void stop() {
        Thread worker = running;
        if (worker == null) {
            return;
        }
        interrupted = true;
        if (SparkSession.getDefaultSession().isDefined()) {
            SparkSession.getDefaultSession().get().sparkContext().cancelAllJobs();
        }
        worker.interrupt();
        try {
            worker.join(STOP_GRACE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.stop(); // Java 17 still honours it; the cell's state may be inconsistent, as in JShell's own engine
        }
    }

    /** Hands this one engine to JShell. */
    ExecutionControlProvider provider() {
        InProcessExecution self = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "newsframe-in-process";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return self;
            }
        };
    }
}
