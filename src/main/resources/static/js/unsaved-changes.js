// Staff forms (data-warn-unsaved): leaving the page with changes not saved asks first, with the
// browser's own question. A form the server sent back unsaved (errors, a conflict, rows added)
// says so (data-warn-unsaved="changed"). Sending the form, by any of its buttons, is no leaving.
(function () {
	'use strict';
	var forms = Array.prototype.slice.call(document.querySelectorAll('form[data-warn-unsaved]'));
	if (!forms.length || typeof FormData === 'undefined' || typeof URLSearchParams === 'undefined') {
		return;
	}
	function state(form) {
		return new URLSearchParams(new FormData(form)).toString();
	}
	var initial = forms.map(state);
	var sending = false;
	forms.forEach(function (form) {
		form.addEventListener('submit', function () { sending = true; });
	});
	window.addEventListener('pageshow', function () { sending = false; });
	window.addEventListener('beforeunload', function (event) {
		var changed = forms.some(function (form, i) {
			return form.dataset.warnUnsaved === 'changed' || state(form) !== initial[i];
		});
		if (changed && !sending) {
			event.preventDefault();
			event.returnValue = '';
		}
	});
}());
