// The office form's lists (phones, openings, closures, notices): a row is added, removed or
// moved in place. The form is sent as it is without JavaScript (the server answers the same
// page, the rows changed, nothing saved); only the list's part of the answer replaces the
// list, and the focus goes where the server would put it (the new row's first field, or the
// list's "add" button). If anything fails, the form is sent the usual way.
(function () {
	'use strict';
	if (!window.fetch || !window.DOMParser || !window.FormData || !window.URLSearchParams) {
		return;
	}

	// Sends the form the usual way, by the button pressed.
	function sendAsUsual(form, button) {
		if (form.requestSubmit) {
			form.requestSubmit(button);
		}
		else {
			button.dataset.asUsual = 'true';
			button.click();
		}
	}

	document.addEventListener('click', function (event) {
		var button = event.target.closest('button[name="rowAction"]');
		var list = button && button.closest('[data-rows]');
		var form = button && button.form;
		if (!list || !form || button.dataset.asUsual) {
			return;
		}
		event.preventDefault();
		// One change of a list at a time: a second click waits for the first.
		if (list.getAttribute('aria-busy') === 'true') {
			return;
		}
		list.setAttribute('aria-busy', 'true');
		var fields = new FormData(form);
		fields.append(button.name, button.value);
		fetch(form.action, {
			method: 'POST',
			body: new URLSearchParams(fields),
			credentials: 'same-origin',
			headers: { Accept: 'text/html' }
		}).then(function (response) {
			if (!response.ok || response.redirected) {
				throw new Error('answered ' + response.status);
			}
			return response.text();
		}).then(function (html) {
			var answer = new DOMParser().parseFromString(html, 'text/html');
			var changed = answer.getElementById(list.id);
			if (!changed) {
				throw new Error('no list ' + list.id);
			}
			var focused = changed.querySelector('[autofocus]');
			list.replaceWith(document.importNode(changed, true));
			var target = document.getElementById(focused ? focused.id : 'add-' + list.id);
			if (target) {
				target.removeAttribute('autofocus');
				target.focus();
			}
		}).catch(function () {
			list.removeAttribute('aria-busy');
			sendAsUsual(form, button);
		});
	});
}());
