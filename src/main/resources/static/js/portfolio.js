// Saves written responses as the educator types; the Save draft buttons still work without JavaScript.
// A pending save is finished before the page is left, so the confirmation page never misses text.
(function () {
    var pending = new Map();

    function save(form) {
        clearTimeout(pending.get(form));
        pending.delete(form);
        var status = form.querySelector('[data-save-status]');
        status.textContent = 'Saving…';
        return fetch(form.action, {
            method: 'POST', body: new FormData(form), credentials: 'same-origin', redirect: 'manual',
            headers: {'X-Autosave': 'true'}
        }).then(function (response) {
            status.textContent = response.status === 204 ? 'Draft saved.' : 'Could not save; press Save draft.';
        }).catch(function () {
            status.textContent = 'Could not save; press Save draft.';
        });
    }

    function saveAllPending() {
        return Promise.all(Array.from(pending.keys()).map(save));
    }

    document.querySelectorAll('form[data-autosave]').forEach(function (form) {
        form.querySelector('textarea').addEventListener('input', function () {
            form.querySelector('[data-save-status]').textContent = 'Unsaved changes';
            clearTimeout(pending.get(form));
            pending.set(form, setTimeout(function () { save(form); }, 2000));
        });
    });

    document.addEventListener('click', function (event) {
        var link = event.target.closest('a[href]');
        if (link && pending.size > 0) {
            event.preventDefault();
            saveAllPending().then(function () { window.location.href = link.href; });
        }
    }, true);

    document.addEventListener('submit', function (event) {
        var form = event.target;
        clearTimeout(pending.get(form));
        pending.delete(form);
        if (pending.size > 0) {
            event.preventDefault();
            saveAllPending().then(function () { form.submit(); });
        }
    }, true);
})();
