package be.brussels.mediation.office;

import be.brussels.mediation.web.FormText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A resident's problem report as typed. {@code homepage} is a trap for robots: hidden
 * from people, it must stay empty.
 */
public class ReportForm {

	@NotNull
	private ProblemReport.Topic topic;

	@NotBlank
	@Size(max = 2000)
	@FormText(multiLine = true)
	private String message;

	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
	@Size(max = 254)
	private String email;

	private String homepage;

	public ProblemReport.Topic getTopic() {
		return this.topic;
	}

	public void setTopic(ProblemReport.Topic topic) {
		this.topic = topic;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getHomepage() {
		return this.homepage;
	}

	public void setHomepage(String homepage) {
		this.homepage = homepage;
	}

	boolean isFromRobot() {
		return this.homepage != null && !this.homepage.isBlank();
	}

}
