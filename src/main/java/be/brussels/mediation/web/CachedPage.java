package be.brussels.mediation.web;

import java.time.Instant;

/**
 * A public page as sent: its bytes, compressed too when worth it ({@code null} if not),
 * the hash its ETags are made of, the headers that describe it, when it was rendered,
 * last changed and stops holding, the route of the controller that rendered it (for the
 * HTTP timings), if any, and the {@link PageCache#generation() generation} of the data it
 * was rendered from.
 */
record CachedPage(byte[] body, byte[] gzipped, String hash, String contentType, String contentLanguage,
		String contentDisposition, Instant rendered, Instant lastModified, Instant expires, String route,
		long generation) {

	/** Whether it may still be sent at that moment (a clock set back included). */
	boolean holdsAt(Instant now) {
		return !now.isBefore(this.rendered) && now.isBefore(this.expires);
	}

	/**
	 * The same page, held again until then in the given generation: as it was last
	 * rendered, while it cannot be rendered anew.
	 */
	CachedPage sentAgainUntil(Instant until, long generation) {
		return new CachedPage(this.body, this.gzipped, this.hash, this.contentType, this.contentLanguage,
				this.contentDisposition, this.rendered, this.lastModified, until, this.route, generation);
	}

	int weight() {
		return 256 + this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0);
	}

}
