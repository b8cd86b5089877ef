// Public entry of the Forms fake.
export { createFormApp, type FormAppFake, type FormAppOptions } from "./formApp";
export { DestinationType, ItemType, PageNavigationType } from "./enums";
export type { SubmitResult } from "./responses";
export type { Answers } from "./answers";
export { createFormStore, type FormStore } from "./state";
