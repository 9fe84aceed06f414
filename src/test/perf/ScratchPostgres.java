import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the scripts of this folder run the packaged jar on (the jar holds none):
 * the embedded one the tests use, in a temporary directory, or in the directory given
 * (kept, for start-up times). Prints "PostgreSQL on port N", then runs until stopped.
 * Started by start-app.sh with the project's test classpath.
 */
class ScratchPostgres {

	public static void main(String[] arguments) throws Exception {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (arguments.length > 0) {
			builder.setDataDirectory(Path.of(arguments[0])).setCleanDataDirectory(false);
		}
		EmbeddedPostgres postgres = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
		}));
		System.out.println("PostgreSQL on port " + postgres.getPort());
		Thread.currentThread().join();
	}

}
