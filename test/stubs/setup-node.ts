import { installCustomFunctionsStub } from "./custom-functions";

installCustomFunctionsStub();
