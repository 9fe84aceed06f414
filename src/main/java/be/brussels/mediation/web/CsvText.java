package be.brussels.mediation.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as spreadsheets open it: RFC 4180 with a header row, in UTF-8 with a byte
 * order mark (without it, Excel reads "Héliport" as Latin-1).
 */
public final class CsvText {

	private CsvText() {
	}

	/**
	 * The header, then one line for each row's values.
	 */
	public static String of(List<String> header, Iterable<? extends Iterable<?>> rows) {
		StringWriter text = new StringWriter();
		text.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(text,
				CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (Iterable<?> row : rows) {
				csv.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

}
