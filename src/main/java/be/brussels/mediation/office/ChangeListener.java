package be.brussels.mediation.office;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens, on a connection of its own, for the changes other instances of the application
 * tell the database of ({@code NOTIFY} on {@link PublishedOffices#CHANNEL}), and drops
 * this instance's offices read and pages kept as soon as one arrives. When the connection
 * is lost (the database restarted, say), it connects again, every second, and then drops
 * them too: a change may have been told while nobody listened.
 */
@Component
class ChangeListener implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeListener.class);

	/**
	 * How long one wait for notifications lasts, after which the connection is checked.
	 */
	private static final Duration WAIT = Duration.ofSeconds(5);

	private static final Duration RETRY = Duration.ofSeconds(1);

	private final JdbcConnectionDetails database;

	private final PublishedOffices published;

	private volatile Thread listener;

	private volatile Connection connection;

	ChangeListener(JdbcConnectionDetails database, PublishedOffices published) {
		this.database = database;
		this.published = published;
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::listen, "office-change-listener");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = this.listener;
		this.listener = null;
		if (thread != null) {
			thread.interrupt();
			close(this.connection);
		}
	}

	@Override
	public boolean isRunning() {
		return this.listener != null;
	}

	private void listen() {
		boolean missed = false;
		while (this.listener == Thread.currentThread()) {
			try (Connection listening = connect()) {
				this.connection = listening;
				try (Statement statement = listening.createStatement()) {
					statement.execute("listen " + PublishedOffices.CHANNEL);
				}
				if (missed) {
					logger.info("Listening again for changes made on other instances");
					this.published.changed();
					missed = false;
				}
				PGConnection notifications = listening.unwrap(PGConnection.class);
				while (this.listener == Thread.currentThread()) {
					PGNotification[] told = notifications.getNotifications((int) WAIT.toMillis());
					if (told == null || told.length == 0) {
						if (!listening.isValid((int) RETRY.toSeconds())) {
							throw new SQLException("The listening connection no longer answers");
						}
					}
					else if (Arrays.stream(told)
						.anyMatch((change) -> !this.published.madeHere(change.getParameter()))) {
						this.published.changed();
					}
				}
			}
			catch (SQLException ex) {
				if (this.listener != Thread.currentThread()) {
					return;
				}
				if (!missed) {
					logger.warn("Not listening for changes made on other instances, trying again every second: {}",
							ex.getMessage());
					missed = true;
				}
				try {
					Thread.sleep(RETRY.toMillis());
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.database.getUsername() != null) {
			properties.setProperty("user", this.database.getUsername());
		}
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("connectTimeout", "2");
		properties.setProperty("tcpKeepAlive", "true");
		properties.setProperty("ApplicationName", "mediation-directory change listener");
		return DriverManager.getConnection(this.database.getJdbcUrl(), properties);
	}

	private static void close(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// Closing anyway.
			}
		}
	}

}
