package org.newsframe.notebook;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.dflib.jjava.jupyter.kernel.display.common.Text;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * How the kernel shows a value: text and images as JJava's base renders them (a {@code RenderedImage} as
 * PNG), an XChart chart as PNG, a Spark {@code Dataset} as an HTML table of its first rows (its schema as
 * the plain text).
 */
final class Displays {

    /** Rows of a Dataset a cell's value shows. */
    static final int DATASET_ROWS = 20;

    private Displays() {}

    static void register(Renderer renderer) {
        Text.registerAll(renderer);
        Image.registerAll(renderer);
        renderer.createRegistration(Chart.class)
                .preferring(Image.PNG).supporting(Image.PNG)
                .register((chart, ctx) -> Image.renderImage(BitmapEncoder.getBufferedImage(chart), ctx));
        renderer.createRegistration(Dataset.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
                .register((ds, ctx) -> {
                    @SuppressWarnings("unchecked")
                    Dataset<Row> rows = ((Dataset<?>) ds).toDF();
                    // one Spark job: the HTML table; the text is the schema (no second job for showString)
                    ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> Show.html(rows, DATASET_ROWS));
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, rows::toString);
                });
    }
}
