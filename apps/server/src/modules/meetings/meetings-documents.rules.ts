export { cleanFileName, documentType, maxDocumentBytes } from "../../platform/uploads";
