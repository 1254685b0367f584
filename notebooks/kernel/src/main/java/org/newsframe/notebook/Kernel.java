package org.newsframe.notebook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Entry point Jupyter starts (through {@code bin/newsframe notebook kernel CONNECTION_FILE}, which the
 * kernelspec written by {@code bin/newsframe notebook install} names): reads the connection file, binds
 * the five ZeroMQ channels and serves until Jupyter shuts the kernel down.
 */
public final class Kernel {

    private Kernel() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: Kernel CONNECTION_FILE (Jupyter passes it; see bin/newsframe notebook install)");
            System.exit(2);
        }
        String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        KernelConnectionProperties props = KernelConnectionProperties.parse(json);
        JupyterConnection connection = new JupyterConnection(props);
        NotebookKernel kernel = NotebookKernel.create(System.getProperty("java.class.path"));
        kernel.onStartup(); // makes display() and friends reach this kernel, runs the startup imports
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }
}
