// The only script: follows running scans on the scans page by polling the JSON API, and reloads the
// page when one finishes so its history row appears. Everything else works without JavaScript.
"use strict";
(function () {
  const rows = Array.from(document.querySelectorAll("tr.job[data-status='running']"));
  if (!rows.length) return;
  async function poll() {
    let finished = false;
    for (const row of rows) {
      const response = await fetch("/api/scans/jobs/" + row.dataset.job, { credentials: "same-origin" });
      if (!response.ok) continue;
      const job = await response.json();
      row.querySelector(".progress").textContent =
        job.files_done + " / " + (job.files_total || job.listed) + " ファイル、検出 " + job.findings;
      row.querySelector(".status").textContent = job.status_ja + (job.error ? ": " + job.error : "");
      if (job.status !== "running") finished = true;
    }
    if (finished) window.location.reload();
    else window.setTimeout(poll, 1000);
  }
  window.setTimeout(poll, 1000);
})();
