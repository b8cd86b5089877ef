-- Pantau KDKMP: national queries over the archived reports (BigQuery, GoogleSQL).
-- Table: one row per archived response row, schema in docs/bigquery.md (src/core/archive/schema.ts).
-- Replace `kdkmp-nasional.kdkmp.laporan` with the ARSIP_PROYEK.ARSIP_DATASET.laporan the provinces use.
-- Every query first keeps one row per report_key (a report is stored once, but a view that is safe
-- against a duplicate costs nothing) and counts only counted reports (status Valid or Peringatan).

-- 1. The programme funnel per province, from each cooperative's latest counted report.
WITH reports AS (
  SELECT r.*
  FROM `kdkmp-nasional.kdkmp.laporan` AS r
  WHERE r.status IN ('Valid', 'Peringatan')
  QUALIFY ROW_NUMBER() OVER (PARTITION BY r.report_key ORDER BY r.archived_at) = 1
),
latest AS (
  SELECT r.*
  FROM reports AS r
  QUALIFY ROW_NUMBER() OVER (
    PARTITION BY r.spreadsheet_id, r.koperasi_id ORDER BY r.visit_date DESC, r.submitted_at DESC) = 1
)
SELECT
  r.province,
  COUNT(*) AS koperasi_melapor,
  COUNTIF(r.progress > 0 OR r.stage NOT IN ('Belum mulai')) AS mulai_dibangun,
  COUNTIF(r.progress = 100 OR r.stage = 'Selesai') AS selesai,
  COUNTIF(JSON_VALUE(r.answers_json, '$."Gerai Beroperasi"') = 'Ya') AS beroperasi,
  COUNTIF(
    COALESCE(JSON_VALUE(r.answers_json, '$."Jenis Kendala"'), 'Tidak ada') NOT IN ('', 'Tidak ada')
    OR STARTS_WITH(r.land_status, 'Belum ada lahan') OR STARTS_WITH(r.land_status, 'Bermasalah')
  ) AS terkendala,
  ROUND(AVG(r.progress), 1) AS rata_rata_progres
FROM latest AS r
GROUP BY r.province
ORDER BY r.province;

-- 2. Pendamping compliance over time: per province, pendamping and ISO week, the working days
--    (Monday to Friday; holidays are each province's HARI_LIBUR and are not in the archive) on which
--    the pendamping sent at least one counted report, as a share of the week's five working days.
WITH reports AS (
  SELECT r.*
  FROM `kdkmp-nasional.kdkmp.laporan` AS r
  WHERE r.status IN ('Valid', 'Peringatan')
  QUALIFY ROW_NUMBER() OVER (PARTITION BY r.report_key ORDER BY r.archived_at) = 1
),
days AS (
  SELECT DISTINCT
    r.province,
    r.pendamping_id,
    DATE_TRUNC(DATE(r.submitted_at, r.time_zone), ISOWEEK) AS minggu,
    DATE(r.submitted_at, r.time_zone) AS hari
  FROM reports AS r
  WHERE EXTRACT(DAYOFWEEK FROM DATE(r.submitted_at, r.time_zone)) BETWEEN 2 AND 6
)
SELECT
  province,
  pendamping_id,
  minggu,
  COUNT(*) AS hari_melapor,
  ROUND(COUNT(*) / 5 * 100, 1) AS kelengkapan_persen
FROM days
GROUP BY province, pendamping_id, minggu
ORDER BY province, pendamping_id, minggu;
