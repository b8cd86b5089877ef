// DocumentProperties: values set with setLater wait for flush(), also when the same value is set twice
// (a full validation and the rebuild after it in one execution both note the last row validated).
import { DocumentProperties } from "../../src/adapters/services";

function store(initial: Record<string, string>) {
  const saved: Record<string, string> = { ...initial };
  const props = {
    getProperties: () => ({ ...saved }),
    setProperties: (batch: Record<string, string>) => Object.assign(saved, batch),
    setProperty: (k: string, v: string) => { saved[k] = v; },
    deleteProperty: (k: string) => { delete saved[k]; },
  };
  const service = { getDocumentProperties: () => props } as unknown as GoogleAppsScript.Properties.PropertiesService;
  return { saved, props: new DocumentProperties(service) };
}

describe("DocumentProperties.setLater", () => {
  it("keeps a value set twice before flush()", () => {
    const { saved, props } = store({ "kdkmp.validatedThrough": "-1" });
    props.setLater("kdkmp.validatedThrough", "12");
    props.setLater("kdkmp.validatedThrough", "12");
    props.flush();
    expect(saved["kdkmp.validatedThrough"]).toBe("12");
  });

  it("writes nothing for a value already stored, and the stored one again after a change and back", () => {
    const { saved, props } = store({ a: "1" });
    props.setLater("a", "1");
    props.flush();
    expect(saved.a).toBe("1");
    props.setLater("a", "2");
    props.setLater("a", "1");
    props.flush();
    expect(saved.a).toBe("1");
  });
});
