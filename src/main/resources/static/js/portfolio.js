// Saves written responses as the educator types (the Save draft button still works without JavaScript).
document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    var area = form.querySelector('textarea');
    var status = form.querySelector('[data-save-status]');
    var timer = null;

    function save() {
        timer = null;
        status.textContent = 'Saving…';
        fetch(form.action, {method: 'POST', body: new FormData(form), redirect: 'manual', credentials: 'same-origin'})
            .then(function (response) {
                status.textContent = response.ok || response.type === 'opaqueredirect'
                    ? 'Draft saved.' : 'Could not save; press Save draft.';
            })
            .catch(function () {
                status.textContent = 'Could not save; press Save draft.';
            });
    }

    area.addEventListener('input', function () {
        status.textContent = 'Unsaved changes';
        if (timer) {
            clearTimeout(timer);
        }
        timer = setTimeout(save, 2000);
    });
});
