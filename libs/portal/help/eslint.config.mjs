import portalConfig from '../../../eslint.portal.config.mjs';

export default portalConfig;
