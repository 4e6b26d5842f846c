-- Full-text search over each decision's task and the reasons it was given.
-- Contentless: the text lives in `decisions`; the index only maps words to decision ids.
CREATE VIRTUAL TABLE `decisions_fts` USING fts5(task, reasons, content='', contentless_delete=1, tokenize='porter unicode61');
--> statement-breakpoint
INSERT INTO `decisions_fts`(rowid, task, reasons)
  SELECT id, task, (SELECT group_concat(json_extract(r.value, '$.text'), ' ') FROM json_each(assessment_json, '$.reasons') r)
  FROM `decisions`;
--> statement-breakpoint
CREATE TRIGGER `decisions_fts_insert` AFTER INSERT ON `decisions` BEGIN
  INSERT INTO `decisions_fts`(rowid, task, reasons)
  VALUES (new.id, new.task, (SELECT group_concat(json_extract(r.value, '$.text'), ' ') FROM json_each(new.assessment_json, '$.reasons') r));
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_fts_delete` AFTER DELETE ON `decisions` BEGIN
  DELETE FROM `decisions_fts` WHERE rowid = old.id;
END;
