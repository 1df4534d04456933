// Draws a bar chart for each canvas from the table beside it, so the numbers stay in the page as text.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas[data-chart-table]').forEach(function (canvas) {
    var table = document.getElementById(canvas.dataset.chartTable);
    var column = parseInt(canvas.dataset.chartColumn, 10);
    if (!table) {
      return;
    }
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.children;
      labels.push(cells[0].textContent.trim());
      values.push(parseFloat(cells[column].textContent.replace(/[^0-9.\-]/g, '')) || 0);
    });
    var header = table.querySelectorAll('thead th')[column];
    new Chart(canvas, {
      type: 'bar',
      data: {labels: labels, datasets: [{label: header ? header.textContent.trim() : '', data: values,
        backgroundColor: '#1f5f8b'}]},
      options: {responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {legend: {display: false}}}
    });
  });
});
