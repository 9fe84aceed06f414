// Suggestions while typing a street: the browser's own list (datalist) under the field, filled
// from the server as the resident types. Without this script the form works the same.
(function () {
	'use strict';
	document.querySelectorAll('form.street-finder').forEach(function (form) {
		var input = form.querySelector('input[name=q]');
		var list = document.createElement('datalist');
		var timer;
		list.id = input.id + '-suggestions';
		form.appendChild(list);
		input.setAttribute('list', list.id);
		input.setAttribute('autocomplete', 'off');
		input.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(function () {
				var typed = input.value.trim();
				if (typed.length < 3) {
					return;
				}
				fetch(form.getAttribute('data-suggestions') + '?q=' + encodeURIComponent(typed),
					{ headers: { Accept: 'application/json' } })
					.then(function (response) { return response.json(); })
					.then(function (names) {
						list.replaceChildren.apply(list, names.map(function (name) {
							var option = document.createElement('option');
							option.value = name;
							return option;
						}));
					});
			}, 250);
		});
	});
}());
