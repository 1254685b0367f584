package org.newsframe.cli;

import java.util.concurrent.Callable;
import org.newsframe.schema.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsframe docs tables}: prints the table reference (docs/tables.md) from the declared schemas. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Print generated documentation. 'tables' is the reference of every table (docs/tables.md).")
final class DocsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "WHAT", description = "tables")
    String what;

    @Override
    public Integer call() {
        if (!what.equals("tables")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown docs topic: " + what + " (tables)");
        }
        spec.commandLine().getOut().print(Tables.markdown());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
