import baseConfig, { apiTypedRules } from "../../../eslint.config.mjs";

export default [...baseConfig, apiTypedRules];
