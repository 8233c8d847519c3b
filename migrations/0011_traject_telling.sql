-- The number of trajecten per regio, regievoerder, organisatie (with the regie) and status, kept
-- by triggers: the lists' `paginering.total` sums a few of these rows instead of counting the
-- matching index entries (an adviser's own list: 3,004 entries, 155 µs warm, a third of that
-- request's work; a coordinator's whole regio: tens of thousands).
CREATE TABLE traject_telling (
  regio_code TEXT NOT NULL,
  regievoerder_id TEXT NOT NULL,
  organisatie_id TEXT NOT NULL,
  status TEXT NOT NULL,
  aantal {{int64}} NOT NULL,
  PRIMARY KEY (regio_code, regievoerder_id, organisatie_id, status)
){{strict}};
CREATE INDEX traject_telling_regievoerder ON traject_telling (regievoerder_id, regio_code);
CREATE INDEX traject_telling_organisatie ON traject_telling (organisatie_id, regio_code);
INSERT INTO traject_telling (regio_code, regievoerder_id, organisatie_id, status, aantal)
  SELECT regio_code, regievoerder_id, organisatie_id, status, COUNT(*) FROM traject
  GROUP BY regio_code, regievoerder_id, organisatie_id, status;
{{sqlite}}
CREATE TRIGGER traject_telling_insert AFTER INSERT ON traject BEGIN
  INSERT INTO traject_telling (regio_code, regievoerder_id, organisatie_id, status, aantal)
    VALUES (NEW.regio_code, NEW.regievoerder_id, NEW.organisatie_id, NEW.status, 1)
    ON CONFLICT (regio_code, regievoerder_id, organisatie_id, status) DO UPDATE SET aantal = aantal + 1;
END;
CREATE TRIGGER traject_telling_update AFTER UPDATE OF regio_code, regievoerder_id, organisatie_id, status ON traject
  WHEN OLD.regio_code IS NOT NEW.regio_code OR OLD.regievoerder_id IS NOT NEW.regievoerder_id
    OR OLD.organisatie_id IS NOT NEW.organisatie_id OR OLD.status IS NOT NEW.status BEGIN
  UPDATE traject_telling SET aantal = aantal - 1 WHERE regio_code = OLD.regio_code
    AND regievoerder_id = OLD.regievoerder_id AND organisatie_id = OLD.organisatie_id AND status = OLD.status;
  INSERT INTO traject_telling (regio_code, regievoerder_id, organisatie_id, status, aantal)
    VALUES (NEW.regio_code, NEW.regievoerder_id, NEW.organisatie_id, NEW.status, 1)
    ON CONFLICT (regio_code, regievoerder_id, organisatie_id, status) DO UPDATE SET aantal = aantal + 1;
END;
CREATE TRIGGER traject_telling_delete AFTER DELETE ON traject BEGIN
  UPDATE traject_telling SET aantal = aantal - 1 WHERE regio_code = OLD.regio_code
    AND regievoerder_id = OLD.regievoerder_id AND organisatie_id = OLD.organisatie_id AND status = OLD.status;
END;
{{/sqlite}}
{{postgresql}}
CREATE FUNCTION traject_telling() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE traject_telling SET aantal = aantal - 1 WHERE regio_code = OLD.regio_code
      AND regievoerder_id = OLD.regievoerder_id AND organisatie_id = OLD.organisatie_id AND status = OLD.status;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO traject_telling (regio_code, regievoerder_id, organisatie_id, status, aantal)
      VALUES (NEW.regio_code, NEW.regievoerder_id, NEW.organisatie_id, NEW.status, 1)
      ON CONFLICT (regio_code, regievoerder_id, organisatie_id, status) DO UPDATE SET aantal = traject_telling.aantal + 1;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER traject_telling_insert_delete AFTER INSERT OR DELETE ON traject
  FOR EACH ROW EXECUTE FUNCTION traject_telling();
CREATE TRIGGER traject_telling_update AFTER UPDATE OF regio_code, regievoerder_id, organisatie_id, status ON traject
  FOR EACH ROW WHEN (OLD.regio_code IS DISTINCT FROM NEW.regio_code OR OLD.regievoerder_id IS DISTINCT FROM NEW.regievoerder_id
    OR OLD.organisatie_id IS DISTINCT FROM NEW.organisatie_id OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION traject_telling();
{{/postgresql}}
